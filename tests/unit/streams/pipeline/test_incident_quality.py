"""Quality gate: incident grouping, alerts per incident and final tolls on the blind incident
sets (``bench/eval_incidents.py``) must not fall below the figures measured after the fixes
they prompted (bench/README.md, "Incident grouping")."""

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))

from bench.eval_incidents import SETS, evaluate, load  # noqa: E402

# blind: before the fixes (same set, same scorer, main at 4288b58): pair F1 0.627 (precision
# 0.756, recall 0.536), 20 incidents split, 8 wrongly joined, 1.571 "new" alerts per incident,
# killed exact 0.619, within range 0.905, wounded exact 0.647. Common words no longer read as
# places (bench/README.md, "Common words as places"): 0.755 / 0.625 / 0.684, 19 split, 1.405
# alerts per incident before; then 0.763 / 0.69 / 0.725, 16 split, 1.31 before the merge keyed
# by country.
# blind2 (written blind after blind was used for fixes), main at 07d28de before any fix: pair F1
# 0.732 (precision 0.739, recall 0.726), 14 split, 8 wrongly joined, 1.293 "new" alerts per
# incident, 2 "new" alerts for no incident, killed exact 0.585, within range 0.902, wounded
# exact 0.694.
# blind3 (written blind after blind2 was used for fixes), main at 12c8a9b before any fix: pair F1
# 0.627 (precision 0.543, recall 0.741), 8 split, 12 wrongly joined, 1.0 "new" alerts per
# incident (9 incidents with none: hidden in joins), killed exact 0.343, within range 0.857,
# wounded exact 0.633.
# The roundup rule (a report naming places far apart links by the first) costs blind one "new"
# alert (1.286 → 1.31): Marib's camp report names a Yemeni namesake 187 km away first.
# blind4 (written blind after blind3 was used for fixes), main at 9db749a before any fix, weekday
# names corrected: pair F1 0.532 (precision 0.528, recall 0.537), 15 split, 10 wrongly joined,
# 1.436 "new" alerts per incident (8 incidents with none: hidden in joins), killed exact 0.487,
# within range 0.795, wounded exact 0.538. Its "new" alerts per incident rise with the fixes
# (1.564): the incidents a wrong join hid raise their own (2 with none left). The twenty-fourth
# blind extraction set's fixes raised pair F1 to 0.632 and killed exact to 0.641 (1.513 "new"
# alerts per incident).
# blind5 (written blind after blind4 was used for fixes), main at 034fd10 before any fix: pair F1
# 0.582 (precision 0.667, recall 0.517), 15 split, 7 wrongly joined, 1.333 "new" alerts per
# incident (6 incidents with none), killed exact 0.485, within range 0.697, wounded exact 0.826.
# Its fixes (a report calling its incident another is not linked to one of its own day giving
# other figures; an answer to an earlier incident is a later one; two kinds of one named party's
# act in one town on one day are linked) part wrong joins on the earlier sets too: blind2's
# Omdurman, Hiiraan and Aden, blind's Kabul, blind3's Sirnak. The incidents a join hid
# raise their own "new" alert (blind 1.31 → 1.357, blind2 1.22 → 1.293, blind3 1.057 → 1.086,
# with more incidents with exactly one), and two ranges a join had met by accident are missed
# (blind2's Sheikh Othman, whose rise report names no place, 2 for 3; blind3's strikes in Iraq,
# whose report adds the Sirnak attack's 3 to its 12): within range 0.902 → 0.878, 0.886 → 0.857.
# The twenty-sixth blind extraction set's fixes (launch sites, cross-border places) raised blind's
# pair F1 to 0.762, killed exact to 0.738.
# blind6 (written blind after blind5 was used for fixes), main at 2c2e4e3: pair F1 0.568
# (precision 0.667, recall 0.494), 16 split, 9 wrongly joined, 1.417 "new" alerts per incident
# (4 incidents with none), killed exact 0.583, within range 0.833, wounded exact 0.767. No merge
# rule tried on it kept the five earlier sets' figures and parted its joins without splitting
# incidents elsewhere (bench/README.md, "Sixth blind incident set"): pinned at these figures,
# then at pair F1 0.586 (precision 0.676, recall 0.517), 1.389 "new" alerts per incident, once
# the Persian ending "آباد" alone was no longer a place (two Faizabad reports had gone to Iran),
# then at pair F1 0.604 (precision 0.686, recall 0.539), 1.361, once the world gazetteer read
# GeoNames' names in Persian letters (Badakhshan's Faizabad, "فیض آباد", had been missing), then at
# pair F1 0.619 (precision 0.727), 7 wrongly joined, killed exact 0.611, within range 0.861, once
# towns were found by sound ("بلدة أندرامبوكان"، "مطار مدينة غربهاري"): the two joins they parted
# raise the hidden incidents' own "new" alerts (1.361 → 1.389, 4 → 3 incidents with none); then
# pair F1 0.654 (precision 0.761, recall 0.573), 15 split, 6 joined, 1.333, killed exact 0.639 with
# the thirty-eighth to forty-second extraction sets' fixes (the first set 0.79 and the second 0.853
# with them and a communiqué's killing read); then pair F1 0.687 (recall 0.629, precision 0.757), 14
# split, 1.306 "new" alerts per incident with the sixty-second's (a hostile drone in Lebanon's
# agency is Israel's): two Nabatieh reports that had named no doer now name Israel and join their
# incident, in the group that already held the Kfar Roummane car strike beside it, so its wrong
# pairs grow with its right ones.
# blind7 (written blind after blind6 was used for fixes), main at 6d8803b before any fix: pair F1
# 0.517 (precision 0.612, recall 0.448), 16 split, 8 wrongly joined, 1.4 "new" alerts per incident
# (4 incidents with none), killed exact 0.543, within range 0.714, wounded exact 0.7. Its fixes
# (a follow-up hangs first from the report giving its figures; a town's report naming nobody meets
# its governorate's by the same toll; the place of an earlier attack whose doers are hunted is not
# the report's; an old city's gate is no city; district towns GeoNames lacks) raised blind4 too
# (pair F1 0.632 → 0.638, 16 → 15 split: a town's unattributed report met its claim).
# The thirty-first blind extraction set's fixes (an earlier incident recalled inside a new one's
# sentence, "، بعد يوم من استهداف ... أدى إلى مقتل ثلاثة"، "رداً على الغارة التي قتلت ..."، is
# background; a headline that sums the body's incidents adds no toll; its towns: Sderot, Burj
# Rahal, Khar, Musakhel, Yelwata, al-Adhaim) raised blind's pair F1 to 0.778 (12 split, 6 wrongly
# joined), killed exact to 0.762, wounded exact to 0.735; blind3's killed exact to 0.6 (within
# range 0.914); blind4's pair F1 to 0.689 (13 split, 1.385 "new" alerts per incident); blind5's
# pair F1 to 0.653 and killed exact to 0.636: its Malumfashi air strikes, hidden in a join
# before, raise their own "new" alert (1.364 → 1.394).
# blind8 (written blind after blind7 was used for fixes), main at 6cf0943 before any fix: pair F1
# 0.684 (precision 0.765, recall 0.619), 11 split, 5 wrongly joined, 1.357 "new" alerts per
# incident (2 incidents with none), killed exact 0.643, within range 0.75, wounded exact 0.571.
# Its fixes (villages and towns GeoNames lacks; a district's seat named beside a village of it is
# no site of its own; Rabak no longer read as Kosti) kept the seven earlier sets' figures.
# blind9 (written blind after blind8 was used for fixes), main at 72222d3 before any fix: pair F1
# 0.806 (precision 0.812, recall 0.8), 10 split, 6 wrongly joined, 1.176 "new" alerts per
# incident, killed exact 0.559, within range 0.824, wounded exact 0.857. Its fixes (camps,
# villages and districts GeoNames lacks; a rising toll whose verb follows the incident named
# after its head) raised blind2 too: its Mozogo reports meet (pair F1 0.843 → 0.848, 11 → 10
# split, killed exact 0.659 → 0.683).
# blind10 (written blind after blind9 was used for fixes), main at 09eff96 before any fix: pair
# F1 0.752 (precision 0.855, recall 0.671), 9 split, 2 wrongly joined, 1.4 "new" alerts per
# incident, killed exact 0.733, within range 0.9, wounded exact 0.85. Its fixes (villages,
# districts and hills GeoNames lacks; the first day word dates a report; a wounded man who died
# named by his rank among the dead is the toll so far) raised blind and blind3 too: blind's
# Chaambi mine meets (pair F1 0.79 → 0.798, 12 → 11 split, 1.31 → 1.286 alerts per incident);
# blind3's Bokkos and Mangu raids come apart (0.717 → 0.729, 6 → 5 joined, killed exact 0.657 →
# 0.686), and Mangu's raid, hidden in the join before, raises its own "new" alert (1.086 →
# 1.114). The fifty-eighth extraction set's villages of Africa's wars raised blind again: its
# Boulkessi camp reports, placed in Mali's town now, meet (pair F1 0.798 → 0.82, 11 → 10 split,
# 1.286 → 1.214 alerts per incident).
# The sixty-third extraction set's Faskari (the Katsina local government area GeoNames held with no
# Arabic name) parts blind5's Faskari farmers from the Malumfashi mosque attack (pair precision
# 0.844 → 0.885, 3 → 2 wrongly joined, killed exact 0.697 → 0.727, the farmers' incident raising
# its own "new" alert): the governor's visit to the mosque's wounded, a report of no incident that
# the join had hidden, now raises one of its own (1 → 2 "new" alerts without an incident).
# blind11 (written blind after blind10 was used for fixes), main at 6a5be42 before any fix: pair F1
# 0.742 (precision 0.787, recall 0.702), 12 split, 7 wrongly joined, 1.286 "new" alerts per incident
# (2 incidents with none), killed exact 0.6, within range 0.857, wounded exact 0.875. Its fixes:
# villages, a sub-district and a camp GeoNames lacks (al-Ayadiya, al-Qlaileh, Deir Qanoun al-Nahr,
# Nur Shams camp, Téra, Dargol; Herat as "هيرات", Bannu as "بانو" alone) raised it to pair F1 0.857
# (precision 0.824, recall 0.893), 8 split, 6 joined, 1.143 "new" alerts per incident, within range
# 0.886, and blind3 too (its Nur Shams strike's reports, read in the camp now, meet: 0.729 → 0.743,
# 6 → 5 split, killed exact 0.686 → 0.714, within range 0.914 → 0.943). Two sets lose by them, for a
# stated reason: blind2's Téra post, whose first report is now read at Téra and whose claim, "هجوم
# تيلابيري ... ثكنة تيرا", at Tillabéri town (a bare "تيرا" after a noun is not read, as for every
# village without its place word), splits in two (pair F1 0.853 → 0.848, 10 → 11 split, 1.268 →
# 1.293 "new" alerts per incident, within range 0.927 → 0.902); blind6's Nur Shams raid, read in its
# camp now, which lies in Tulkarm, meets the Anabta shooting's reports at Tulkarm (recall 0.629 →
# 0.64, 14 → 13 split, 1.306 → 1.278 alerts, but precision 0.757 → 0.74 and wounded exact 0.8 →
# 0.767: the join was there, its wrong pairs grow). The attackers' dead no longer counted in an
# attack's toll (tolls rule 8) raised blind7's killed exact 0.686 → 0.714 and within range 0.743 →
# 0.771. A funeral's town no longer taken for where the dead fell parts blind11's shelling of al-
# Dhale from the drone on Murais (precision 0.824 → 0.852, 6 → 5 joined), though the funeral's
# report, a part of its own now beside the drone's, takes the drone's toll with it (within range
# 0.886 → 0.857, wounded exact 0.875 → 0.75, and a "new" alert of its own: 1.143 → 1.171 per
# incident; the drone's report is typed a bombing, the funeral's an air strike, a day apart); it
# raises blind7 (pair F1 0.69 → 0.702, 1.429 → 1.4 alerts, killed exact → 0.743, within range → 0.8,
# wounded exact 0.8 → 0.85). "حصيلة" heading the incident it counts before its rising verb ("حصيلة
# الهجوم على القرية ارتفعت إلى 17، بعد العثور على ستة") makes blind2's Téra rise 12, not two (killed
# exact 0.707 → 0.732, within range 0.902 → 0.927) and raises blind6's tolls (0.639 → 0.667, 0.861 →
# 0.889); blind2's rise report, whose two events had sat one in each part of the split Téra post,
# now sits in one (pair recall 0.814 → 0.805, F1 0.848 → 0.843). A victim who died of his wounds
# named by his rank among the dead ("بوفاة شرطي خامس متأثرا بجراحه") is the toll so far in the
# headline too, not five more: blind11's Khash 5 (killed exact 0.6 → 0.629). "فتح مسلحون النار على
# قافلة" is an attack (event_types.yaml): blind10's convoy report, no event before, meets its
# incident (pair recall 0.857 → 0.871, F1 0.896 → 0.904, no report left in no incident).
# blind12 (written blind after blind11 was used for fixes), main at ca2e7a1 before any fix: pair F1
# 0.675 (precision 0.739, recall 0.622), 11 split, 7 wrongly joined, 1.229 "new" alerts per incident
# (5 incidents with none), 1 "new" alert without an incident, killed exact 0.514, within range
# 0.857, wounded exact 0.727.
# Its fixes (bench/README.md, "Twelfth blind incident set": villages, districts and spellings
# GeoNames lacks; a town named as the hospital the wounded reached is no site; an armed group's own
# count is a boast until nobody else counts; two nouns under a round hundred are one count; the
# first incident told after one that calls itself the second is recalled) raised it to pair F1
# 0.847 (precision 0.852, recall 0.841), 4 split, 3 joined, 1.086 "new" alerts per incident,
# killed exact 0.829, within range 1.0, wounded exact 0.909, and the other sets' tolls with it
# (pins raised to the figures measured then). One set loses, for a stated reason: blind10's Kurram
# rise report, read at Kurram now that Parachinar is only its hospital's town, bridges the convoy
# and the market in Bagan, a town of that district (pair precision 0.938 → 0.863, F1 0.904 →
# 0.881, 1 → 2 joined; recall 0.871 → 0.9, killed exact 0.767 → 0.833, within range → 1.0).
# blind13 (written blind after blind12 was used for fixes), main at 65a082a before any fix: pair F1
# 0.761 (precision 0.753, recall 0.77), 10 split, 6 wrongly joined, 1.171 "new" alerts per incident
# (2 incidents with none), 2 "new" alerts without an incident, killed exact 0.771, within range
# 0.943, wounded exact 0.9.
# Its fixes (bench/README.md, "Thirteenth blind incident set": villages, districts and a region
# GeoNames lacks or files otherwise — Kerawa, Katana, Datta Khel, Benue's Apa, Tripoli's Abu Salim,
# Tehran's Shahran, the Kayes region that Nioro du Sahel lies in rather than the city; a small town
# after an attack's "على" is the place attacked; one figure before "قتيلا وجريحا" counts no one dead)
# raised it to pair F1 0.876 (precision 0.857, recall 0.897), 4 split, 3 joined, 1.086 "new" alerts
# per incident (1 incident with none), killed exact 0.829, wounded exact 1.0, and three other sets:
# blind3's Barsalogho claim ("الهجوم على بارسالوغو") meets its trench (pair F1 0.743 → 0.763, 5 → 4
# split, 1.086 → 1.057 alerts); blind6's Datta Khel operation, read in its tehsil, leaves the Mir
# Ali convoy (precision 0.781 → 0.814, 6 → 5 joined, killed exact → 0.722, wounded exact → 0.833)
# and blind9's Tsafe air strike leaves the Dansadau village (precision 0.843 → 0.868, 5 → 4 joined).
# In both, the incident the join hid raises its own "new" alert: blind6's operation its first
# (incidents with none 3 → 2; alerts per incident 1.278 → 1.306), blind9's split strike two (1.147 →
# 1.176): their at-most pins are raised for that reason.
AFTER = {
    "blind": {
        "pair_precision": 0.843,
        "pair_recall": 0.798,
        "pair_f1": 0.82,
        "killed_exact": 0.81,
        "killed_within_range": 0.976,
        "injured_exact": 0.735,
    },
    "blind2": {  # lowered with blind11's Téra and "حصيلة الهجوم" (see above)
        "pair_precision": 0.888,
        "pair_recall": 0.841,
        "pair_f1": 0.864,
        "killed_exact": 0.756,
        "killed_within_range": 0.927,
        "injured_exact": 0.833,
    },
    "blind3": {
        "pair_precision": 0.703,
        "pair_recall": 0.835,
        "pair_f1": 0.763,
        "killed_exact": 0.714,
        "killed_within_range": 0.943,
        "injured_exact": 0.867,
    },
    "blind4": {
        "pair_precision": 0.713,
        "pair_recall": 0.667,
        "pair_f1": 0.689,
        "killed_exact": 0.692,
        "killed_within_range": 0.795,
        "injured_exact": 0.731,
    },
    "blind5": {
        "pair_precision": 0.892,
        "pair_recall": 0.652,
        "pair_f1": 0.753,
        "killed_exact": 0.727,
        "killed_within_range": 0.788,
        "injured_exact": 0.957,
    },
    "blind6": {
        # lowered with blind11's Nur Shams camp (see above), raised with blind73's place rules and
        # rows (bench/README.md)
        "pair_precision": 0.814,
        "pair_recall": 0.64,
        "pair_f1": 0.717,
        "killed_exact": 0.722,
        "killed_within_range": 0.889,
        "injured_exact": 0.833,
    },
    "blind7": {
        "pair_precision": 0.851,
        "pair_recall": 0.597,
        "pair_f1": 0.702,
        "killed_exact": 0.771,
        "killed_within_range": 0.829,
        "injured_exact": 0.9,
    },
    "blind8": {
        "pair_precision": 0.857,
        "pair_recall": 0.762,
        "pair_f1": 0.807,
        "killed_exact": 0.714,
        "killed_within_range": 0.893,
        "injured_exact": 0.762,
    },
    "blind9": {
        "pair_precision": 0.868,
        "pair_recall": 0.843,
        "pair_f1": 0.855,
        "killed_exact": 0.618,
        "killed_within_range": 0.882,
        "injured_exact": 0.929,
    },
    "blind10": {  # precision and F1 lowered with the hospital's town (see above)
        "pair_precision": 0.863,
        "pair_recall": 0.9,
        "pair_f1": 0.881,
        "killed_exact": 0.833,
        "killed_within_range": 1.0,
        "injured_exact": 0.9,
    },
    "blind11": {  # within range and wounded lowered with the funeral's place (see above)
        "pair_precision": 0.852,
        "pair_recall": 0.893,
        "pair_f1": 0.872,
        "killed_exact": 0.771,
        "killed_within_range": 0.886,
        "injured_exact": 0.75,
    },
    "blind12": {
        "pair_precision": 0.852,
        "pair_recall": 0.841,
        "pair_f1": 0.847,
        "killed_exact": 0.829,
        "killed_within_range": 1.0,
        "injured_exact": 0.909,
    },
    "blind13": {
        "pair_precision": 0.857,
        "pair_recall": 0.897,
        "pair_f1": 0.876,
        "killed_exact": 0.829,
        "killed_within_range": 0.943,
        "injured_exact": 1.0,
    },
}
AT_MOST = {
    "blind": {
        "incidents_split": 10,
        "incidents_wrongly_joined": 6,
        "new_alerts_per_incident": 1.214,
        "new_alerts_without_incident": 0,
        "reports_in_no_incident": 1,
        "dead_letters": 0,
    },
    "blind2": {
        "incidents_split": 8,
        "incidents_wrongly_joined": 3,
        "new_alerts_per_incident": 1.22,
        "new_alerts_without_incident": 0,
        "reports_in_no_incident": 2,
        "dead_letters": 0,
    },
    "blind3": {
        "incidents_split": 4,
        "incidents_wrongly_joined": 5,
        "new_alerts_per_incident": 1.057,
        "new_alerts_without_incident": 1,
        "reports_in_no_incident": 1,
        "dead_letters": 0,
    },
    "blind4": {
        "incidents_split": 13,
        "incidents_wrongly_joined": 6,
        "new_alerts_per_incident": 1.359,
        "new_alerts_without_incident": 0,
        "reports_in_no_incident": 2,
        "dead_letters": 0,
    },
    "blind5": {
        "incidents_split": 12,
        "incidents_wrongly_joined": 2,
        "new_alerts_per_incident": 1.394,
        "new_alerts_without_incident": 2,
        "reports_in_no_incident": 1,
        "dead_letters": 0,
    },
    "blind6": {
        "incidents_split": 13,
        "incidents_wrongly_joined": 5,
        # 1.25 before blind73's place rules: the incident they give its first alert (incidents with
        # no alert 4 → 3) counts one more "new" alert; 1.278 before blind13's Datta Khel, whose
        # operation, apart from the convoy now, raises its first (see above)
        "new_alerts_per_incident": 1.306,
        "new_alerts_without_incident": 0,
        "reports_in_no_incident": 1,
        "dead_letters": 0,
    },
    "blind7": {
        "incidents_split": 10,
        "incidents_wrongly_joined": 2,
        "new_alerts_per_incident": 1.4,
        "new_alerts_without_incident": 1,
        "reports_in_no_incident": 1,
        "dead_letters": 0,
    },
    "blind8": {
        "incidents_split": 7,
        "incidents_wrongly_joined": 3,
        "new_alerts_per_incident": 1.25,
        "new_alerts_without_incident": 1,
        "reports_in_no_incident": 0,
        "dead_letters": 0,
    },
    "blind9": {  # "new" alerts raised with the Tsafe strike apart from Dansadau (see above)
        "incidents_split": 8,
        "incidents_wrongly_joined": 4,
        "new_alerts_per_incident": 1.176,
        "new_alerts_without_incident": 1,
        "reports_in_no_incident": 1,
        "dead_letters": 0,
    },
    "blind10": {  # joins raised with the hospital's town (see above)
        "incidents_split": 2,
        "incidents_wrongly_joined": 2,
        "new_alerts_per_incident": 1.167,
        "new_alerts_without_incident": 1,
        "reports_in_no_incident": 0,
        "dead_letters": 0,
    },
    "blind11": {  # "new" alerts raised with the funeral's place (see above)
        "incidents_split": 8,
        "incidents_wrongly_joined": 5,
        "new_alerts_per_incident": 1.171,
        "new_alerts_without_incident": 1,
        "reports_in_no_incident": 0,
        "dead_letters": 0,
    },
    "blind12": {
        "incidents_split": 4,
        "incidents_wrongly_joined": 3,
        "new_alerts_per_incident": 1.086,
        "new_alerts_without_incident": 0,
        "reports_in_no_incident": 2,
        "dead_letters": 0,
    },
    "blind13": {
        "incidents_split": 4,
        "incidents_wrongly_joined": 3,
        "new_alerts_per_incident": 1.086,
        "new_alerts_without_incident": 2,
        "reports_in_no_incident": 0,
        "dead_letters": 0,
    },
}


@pytest.mark.parametrize(
    ("name", "at_least"),
    [
        ("blind", {"streams": 25, "reports": 120, "incidents": 40, "countries": 10}),
        ("blind2", {"streams": 25, "reports": 110, "incidents": 40, "countries": 15}),
        ("blind3", {"streams": 20, "reports": 90, "incidents": 35, "countries": 12}),
        ("blind4", {"streams": 20, "reports": 110, "incidents": 38, "countries": 16}),
        ("blind5", {"streams": 18, "reports": 90, "incidents": 33, "countries": 16}),
        ("blind6", {"streams": 18, "reports": 95, "incidents": 36, "countries": 18}),
        ("blind7", {"streams": 18, "reports": 90, "incidents": 35, "countries": 15}),
        ("blind8", {"streams": 16, "reports": 75, "incidents": 28, "countries": 12}),
        ("blind9", {"streams": 16, "reports": 85, "incidents": 34, "countries": 16}),
        ("blind10", {"streams": 16, "reports": 84, "incidents": 30, "countries": 16}),
        ("blind11", {"streams": 18, "reports": 94, "incidents": 35, "countries": 17}),
        ("blind12", {"streams": 18, "reports": 100, "incidents": 35, "countries": 18}),
        ("blind13", {"streams": 18, "reports": 103, "incidents": 35, "countries": 18}),
    ],
)
def test_the_blind_incident_sets_keep_their_size(name: str, at_least: dict[str, int]) -> None:
    data = yaml.safe_load(SETS[name].read_text(encoding="utf-8"))
    streams = data["streams"]
    reports = [r for s in streams for r in s["reports"]]
    assert len(streams) >= at_least["streams"]
    assert len(reports) >= at_least["reports"]
    assert sum(len(s["incidents"]) for s in streams) >= at_least["incidents"]
    assert len({s["country"] for s in streams}) >= at_least["countries"]
    assert len({r["id"] for r in reports}) == len(reports)
    for stream in streams:
        labels = {r["incident"] for r in stream["reports"]} - {None}
        assert labels == set(stream["incidents"]), stream["id"]


@pytest.mark.parametrize("name", sorted(AFTER))
def test_grouping_alerts_and_tolls_do_not_regress(name: str) -> None:
    scores = evaluate(load(SETS[name]))
    assert {k: v for k, v in scores.items() if k in AFTER[name] and v < AFTER[name][k]} == {}
    assert {k: v for k, v in scores.items() if k in AT_MOST[name] and v > AT_MOST[name][k]} == {}
