"""Quality gate: extraction scores on the annotated sets must not drop below their baselines."""

import json
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))

from bench.eval_extraction import BASELINE, SETS, by_country, evaluate  # noqa: E402

# The held-out set was written before the rules it exposed were fixed; pinned as measured
# after those fixes, it guards them from regressing.
HELDOUT_BASELINE = {
    "casualty_f1": 0.95,
    "actor_recall": 0.95,
    "location_recall": 0.95,
    "contested_accuracy": 0.95,
    "false_events_nonviolent": 0,
}


# 68 reports from beyond Syria (19 countries), pinned as measured after the generic force
# names, active-voice killing verbs, shared owners and city-or-division rules (before them: F1 0.931, actor
# recall 0.744, place recall 0.983 on the same set).
WORLD_BASELINE = {
    "casualty_f1": 0.95,
    "actor_recall": 0.97,
    "location_recall": 0.99,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}


# 52 blind reports from 21 countries, pinned as measured after the fixes they prompted
# (before them: F1 0.889, actor recall 0.891, place recall 0.860, 8 events from non-violent
# text); the fresh set was written after those fixes (bench/README.md).
BLIND_BASELINE = {
    "casualty_f1": 0.98,
    "actor_recall": 0.98,
    "location_recall": 0.98,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}
FRESH_BASELINE = {
    "casualty_f1": 0.98,
    "actor_recall": 0.95,
    "location_recall": 0.98,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}
# 55 blind reports in the style of longer wire stories, 27 countries, pinned as measured after
# the fixes they prompted (before them: F1 0.800, actor recall 0.725, place recall 0.778 with
# the corrected place ids, 7 events from non-violent text; bench/README.md).
BLIND2_BASELINE = {
    "casualty_f1": 0.99,
    "actor_recall": 0.98,
    "location_recall": 0.97,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 48 blind reports in forms the earlier sets lack (features with old tolls, roundups of several
# incidents, claims of kills, monitors' totals, flash items, Maghreb and Sahel wording), 20
# countries, pinned as measured after the fixes they prompted (before them: F1 0.849, actor
# recall 0.955, place recall 0.907 with the corrected ids, 4 events from non-violent text;
# bench/README.md).
BLIND3_BASELINE = {
    "casualty_f1": 0.99,
    "actor_recall": 0.97,
    "location_recall": 0.93,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 1,
}

# 62 blind reports in forms the earlier sets lack (breaking bulletins, live blogs whose toll
# rises, local spellings and Arabic-Indic digits, kidnappings, mines, prison riots, tribal
# clashes, interceptions, executions), 24 countries, pinned as measured after the fixes they
# prompted (before them: F1 0.882, actor recall 0.839, place recall 0.878 with the corrected
# ids, 5 events from non-violent text; bench/README.md).
BLIND4_BASELINE = {
    "casualty_f1": 0.99,
    "actor_recall": 0.98,
    "location_recall": 0.95,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 54 blind reports from pan-Arab world desks on violence far from the Arab world (Sahel, East
# Africa, Pakistan, India, Myanmar, Ukraine, the Americas, Europe), 27 countries, pinned as
# measured after the fixes they prompted (before them: F1 0.905, actor recall 0.667, place
# recall 0.581, 4 events from non-violent text; bench/README.md). One event from non-violent
# text came with the fourth set's rules (shelling words with the article): a film director's
# "صور مشاهد القصف والجثث" in a story whose film words are in another sentence.
BLIND5_BASELINE = {
    "casualty_f1": 0.99,
    "actor_recall": 0.95,
    "location_recall": 0.95,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}


# 56 blind reports in the register of official statements and monitors (Iraq's Security Media
# Cell, army spokesmen, health ministries, the Turkish defence ministry, Sudan's communiqués),
# digests of several incidents, numbers that are not tolls and messy text, 21 countries, pinned
# as measured after the fixes they prompted (before them: F1 0.863, actor recall 0.770, place
# recall 0.849 with the corrected ids, 5 events from non-violent text; bench/README.md).
BLIND6_BASELINE = {
    "casualty_f1": 0.97,
    "actor_recall": 0.95,
    "location_recall": 0.92,
    "contested_accuracy": 0.97,
    "false_events_nonviolent": 0,
}


# 59 blind reports on victims named instead of counted, Maghreb and Gulf media, Iraqi Kurdistan,
# wire phrasing, follow-ups that correct a toll downward and non-violent stories, 25 countries,
# pinned as measured after the fixes they prompted (before them: F1 0.800, actor recall 0.849,
# place recall 0.896 with the corrected ids, 4 events from non-violent text; bench/README.md).
BLIND7_BASELINE = {
    "casualty_f1": 0.91,
    "actor_recall": 0.962,
    "location_recall": 0.93,
    "contested_accuracy": 0.97,
    "false_events_nonviolent": 0,
}


# 63 blind full-length web articles (background paragraphs on earlier incidents, related-headline
# lines, quotes, reactions; drones, claims and accusations; 12 non-violent stories), 27 countries,
# pinned as measured after the fixes they prompted (before them: F1 0.836, actor recall 0.879,
# place recall 0.875 with the corrected ids, 8 events from non-violent text; bench/README.md).
BLIND8_BASELINE = {
    "casualty_f1": 0.93,
    "actor_recall": 0.89,
    "location_recall": 0.96,
    "contested_accuracy": 0.96,
    "false_events_nonviolent": 0,
}


# 64 blind reports on numbers beside tolls (ages, unit and road numbers, hedges, ranges, words
# and Eastern digits, cumulative and earlier tolls, attackers beside victims) and 28 non-violent
# stories full of violent words and figures, 31 countries, pinned as measured after the fixes
# they prompted (before them: F1 0.927, actor recall 0.864, place recall 0.917 with the
# corrected ids, 9 events from non-violent text; bench/README.md).
BLIND9_BASELINE = {
    "casualty_f1": 0.99,
    "actor_recall": 0.95,
    "location_recall": 0.97,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 63 blind reports in genres the earlier sets lack (analysis and opinion, interviews, press
# reviews, explainers and timelines, live pages, dialect posts, short alerts, world-desk
# translations) with 24 non-violent ones, 32 countries, pinned as measured after the fixes they
# prompted (before them: F1 0.833, actor recall 0.854, place recall 0.674 with the corrected ids,
# 11 events from non-violent text; bench/README.md).
BLIND10_BASELINE = {
    "casualty_f1": 0.98,
    # raised with the sixty-first set's fixes ("هجوماً شنه مسلحو X": the group after a relative
    # attack verb did it)
    "actor_recall": 0.938,
    "location_recall": 0.86,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 76 blind reports on local places (districts, villages, camps, roads, checkpoints, crossings)
# and local forces (tribal, sahwa, Security Belt, Darfur's movements, vigilantes, clan militias)
# with 15 non-violent ones, 21 countries, pinned as measured after the fixes they prompted
# (before them: F1 0.889, actor recall 0.775, place recall 0.705 with the corrected ids, 3
# events from non-violent text; bench/README.md).
BLIND11_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 0.94,
    "location_recall": 0.91,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 75 blind reports on place names several countries share or that mean something else (رفح،
# المرج، زنجبار، عمّان/عُمان، طرابلس، صور، الزاوية، المنصورة، البريقة) and on datelines away from
# the site, with 16 non-violent ones, 21 countries, pinned as measured after the fixes they
# prompted (before them, on main as rebased onto: F1 0.995, actor recall 0.919, place recall 0.900
# with the corrected ids, 0 events from non-violent text; bench/README.md).
BLIND12_BASELINE = {
    "casualty_f1": 0.99,
    "actor_recall": 0.98,
    "location_recall": 0.96,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 82 blind short feed and ticker items (RSS titles with a line of summary, "عاجل |" tickers,
# captions, push alerts, Telegram posts of local networks and of armed groups' media, flashes)
# with 15 non-violent ones, 21 countries, pinned as measured after the fixes they prompted
# (before them: F1 0.907, actor recall 0.851, place recall 0.791 with the corrected ids, no
# events from non-violent text; bench/README.md).
BLIND13_BASELINE = {
    "casualty_f1": 0.97,
    "actor_recall": 0.98,
    "location_recall": 0.92,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 69 blind reports of kinds of violence beyond bombings and air strikes (assassinations,
# kidnappings, executions, attacks on ships and oil fields, convoys, prison breaks, feuds,
# gangs) with 13 non-violent ones, 23 countries, pinned as measured after the fixes they
# prompted (before them: F1 0.915, actor recall 0.907, place recall 0.911 with the corrected
# ids, 4 events from non-violent text; bench/README.md).
BLIND14_BASELINE = {
    "casualty_f1": 0.97,
    "actor_recall": 0.96,
    "location_recall": 0.96,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 78 blind reports of the conflicts of 2024-2026 (drones, the Sudan war, Israel's strikes and the
# answers, the Red Sea, Iraq's factions, Pakistan and Afghanistan, the Sahel, Somalia, Syria after
# 2024) with 14 non-violent ones in the same vocabulary, 17 countries, pinned as measured after
# the fixes they prompted (before them: F1 0.943, actor recall 0.886, place recall 0.953 with the
# corrected ids, 2 events from non-violent text; bench/README.md).
BLIND15_BASELINE = {
    "casualty_f1": 0.994,
    "actor_recall": 0.95,
    "location_recall": 0.98,
    "contested_accuracy": 0.93,
    "false_events_nonviolent": 0,
}

# 74 blind reports on false alarms and misses (39 stories with violent words and no new
# incident: sport, markets, accidents and disasters, trials, anniversaries, films, exercises,
# arms deals, threats, foiled plots, court executions, freed hostages; 35 incidents told the way
# they are missed: tolls in a subordinate clause or a quote, victims named without a number,
# dialect numbers, roundups, an incident inside a political story), 22 countries, pinned as
# measured after the fixes they prompted (before them: F1 0.88, actor recall 0.904, place recall
# 0.929 with the corrected ids, 11 events from non-violent text; bench/README.md).
BLIND16_BASELINE = {
    "casualty_f1": 0.93,
    "actor_recall": 0.92,
    "location_recall": 0.92,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 87 blind reports on where incidents happen (villages by sub-district and district, roads
# between towns, neighbourhoods, displacement camps, markets, crossings, places given by their
# direction from a city, local spellings, names that are common words or other countries' towns)
# with 16 non-violent ones naming such places, 21 countries, pinned as measured after the fixes
# they prompted (before them: F1 0.989, actor recall 0.934, place recall 0.789 with the corrected
# ids, 2 events from non-violent text; bench/README.md).
BLIND17_BASELINE = {
    "casualty_f1": 0.99,
    "actor_recall": 0.97,
    "location_recall": 0.99,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 82 blind reports on tolls as the Arabic press writes them (counts in words, digits and
# Arabic-Indic digits, duals, approximations and ranges, compositions by sex, age and nationality,
# tolls per side, revised and disputed tolls, cumulative tolls beside the day's, numbers near tolls
# that are not tolls) with 16 non-violent ones that carry tolls, 27 countries, pinned as measured
# after the fixes they prompted (before them: F1 0.836, actor recall 0.935, place recall 0.970
# with the corrected ids, 3 events from non-violent text; bench/README.md).
BLIND19_BASELINE = {
    "casualty_f1": 0.91,
    "actor_recall": 0.96,
    "location_recall": 0.98,
    "contested_accuracy": 0.95,
    "false_events_nonviolent": 0,
}

# 74 blind reports of many incidents in one report (daily roundups of the West Bank and Gaza,
# Syrian monitors' summaries by governorate, Iraqi security roundups, Sudan, Yemen and Somalia
# front lines, Sahel digests, a main incident with "وفي حادث منفصل" others) and of one incident
# told with many places, with 14 non-violent roundups in violent words, 24 countries, pinned as
# measured after the fixes they prompted (before them: F1 0.939, actor recall 0.897, place recall
# 0.856 with the corrected ids, 25 false places, 4 events from non-violent text; bench/README.md).
BLIND20_BASELINE = {
    "casualty_f1": 0.96,
    "actor_recall": 0.94,
    "location_recall": 0.89,
    "contested_accuracy": 0.98,
    "false_events_nonviolent": 0,
}

# 71 blind follow-up reports published the day after an incident (tolls that rose or were
# corrected down, victims named, bodies recovered, late claims, attacked funerals, new attacks
# beside the earlier one) with 25 non-violent follow-ups (funerals, arrests, trials, visits,
# compensation, anniversaries, tolls of accidents and disasters), 22 countries, pinned as
# measured after the fixes they prompted (before them: F1 0.805, actor recall 0.793, place
# recall 0.851 with the corrected ids, 5 events from non-violent text; bench/README.md). One
# of the two left is a funeral, which the incident streams keep as a report of its incident.
BLIND21_BASELINE = {
    # raised with the sixty-first set's fixes (a relative attack verb's subject comes after it:
    # "الهجوم الذي شنه داعش على أحد مواقعه", the toll before it is the soldiers' own), and again
    # with the relative-clause fixes (the report's dead buried in a mass grave keep their toll),
    # and with the eighty-fourth set's (a body noun's figure and its counted noun are one count)
    "casualty_f1": 0.959,
    "actor_recall": 0.86,
    "location_recall": 0.91,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 2,
}

# 101 blind reports of the wars of 2013-2020 in their own words (the Islamic State years in Iraq
# and Syria, Yemen's war, Libya, the Sinai insurgency, Boko Haram around Lake Chad, al-Shabaab in
# Somalia and Kenya, the Taliban and IS-Khorasan, the PKK in Turkey, the attacks in Europe,
# Tunisia, Algeria and the Gulf's mosques) with 22 non-violent ones in the same vocabulary, 23
# countries, pinned as measured after the fixes they prompted (before them: F1 0.918, actor recall
# 0.729, place recall 0.849 with the corrected ids, 28 false places, 8 events from non-violent
# text; bench/README.md).
BLIND22_BASELINE = {
    "casualty_f1": 0.947,
    "actor_recall": 0.89,
    "location_recall": 0.95,
    "contested_accuracy": 0.91,
    "false_events_nonviolent": 1,
}


# 87 blind reports of one day's feed as a crawler takes it from some thirty outlets (incidents of
# every size and kind in proportion to how often the press writes them: strikes, shelling, bombs,
# shootings, feuds, assassinations, mines, attacks on police, communal violence, massacres, gang
# raids; and 32 non-violent stories of the same day in the same vocabulary: politics of the wars,
# talks, verdicts, arrests, exercises, arms deals, price "bombs", a football "massacre", accidents,
# disasters, anniversaries, a column), 37 countries, pinned as measured after the fixes they
# prompted (before them: F1 0.988, actor recall 0.929, place recall 0.927 with the corrected ids,
# 7 false places, 2 events from non-violent text; bench/README.md).
BLIND23_BASELINE = {
    "casualty_f1": 0.99,
    "actor_recall": 0.98,
    "location_recall": 0.98,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 69 blind reports of strikes from afar as the Arabic desks report them (Houthi missiles and drones
# on Saudi Arabia, the UAE and Israel and their interception; ships hit in the Red Sea, the Gulf of
# Aden and Bab el-Mandeb; American, British and Israeli strikes on Yemen; Iraqi factions' drones on
# bases and American strikes on them; Turkish strikes in Iraqi Kurdistan and north-east Syria;
# Israel and Hezbollah, Israel and Iran; Iran's strikes on Kurdish parties and Pakistan; Azerbaijan
# and Armenia; Russia and Ukraine; the Pakistani-Afghan border; drones on Port Sudan) with 19
# non-violent ones in the same vocabulary (arms deals, exhibitions, exercises, parades, missile
# tests, a drone show, shipping insurance, truce talks, an airport reopened), 22 countries, pinned
# as measured after the fixes they prompted (before them: F1 0.974, actor recall 0.884, place
# recall 0.738 with the corrected ids, 33 false places, 4 events from non-violent text;
# bench/README.md).
BLIND26_BASELINE = {
    "casualty_f1": 0.98,
    "actor_recall": 0.91,
    "location_recall": 0.93,
    "contested_accuracy": 0.96,
    "false_events_nonviolent": 0,
}

# 68 blind reports of another day's feed as a crawler takes it from some thirty outlets blind23
# did not use (wire briefs, local crime and security pages, conflict updates from Gaza to the
# Sahel, Pakistan, the DR Congo and Ukraine, two long features) with 37 non-violent ones in the
# vocabulary of violence (price and road "wars", burst mains, gas cylinders, matches, floods, an
# epidemic, exercises, detonations of old munitions, cyber attacks, verdicts and an execution,
# arrests for old killings, statements about wars, a cumulative toll since a truce, an
# exhibition, a column), 28 countries, pinned as measured after the fixes they prompted (before
# them: F1 0.953, actor recall 0.900, place recall 0.871 with the corrected ids, 9 false places,
# 6 events from non-violent text; bench/README.md).
BLIND27_BASELINE = {
    "casualty_f1": 0.98,
    "actor_recall": 0.98,
    "location_recall": 0.96,
    "contested_accuracy": 0.96,
    "false_events_nonviolent": 0,
}

# 65 blind reports from the local pages of the countries at war (Iraq's governorate sites and
# Kurdish outlets, Yemeni outlets of both sides, Libya's east and west, Sudan, Somalia, Syria's
# local networks, Palestinian and Lebanese local sites, the Sahel's Arabic press, Egypt's
# regional pages): villages and districts named as locals name them, local forces, feuds and
# leftover shells, with 33 non-violent local stories (reconciliations and blood money, arrests
# and trials, weapons seized, ordnance cleared, anniversaries, services, prices, floods, crashes,
# bans on celebratory gunfire, graduations, threats), 13 countries, pinned as measured after the
# fixes they prompted (before them: F1 0.957, actor recall 0.933, place recall 0.719 with the
# corrected ids, 17 false places, 4 events from non-violent text; bench/README.md). Its place
# recall is bounded by villages no gazetteer holds (gold places are villages where one is named);
# raised to 0.84 with the forty-ninth set's Sohag village.
BLIND28_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.9,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 70 blind reports on who did it as the 2025-2026 press names the doers (Sudan's army and RSF by
# each side's names and the militias beside them; Syria's new army and security services, the
# fallen government's remnants, the SDF and the Turkish-backed factions by their nicknames;
# settlers, Palestinian brigades and the Gaza militia Israel backs; Hezbollah, the Lebanese camps'
# factions, the PMF and the factions that name themselves; the Houthis, the STC and Hadramawt's
# tribes; Tripoli's brigades and Haftar's command; JNIM, IS Sahel, the VDP, Wagner and the Africa
# Corps; al-Shabaab as "الخوارج"، Boko Haram and ISWAP; the TTP and the Baloch separatists;
# Polisario, cartels and gangs) with 19 non-violent ones naming the same groups (speeches,
# mergers, agreements, designations, sanctions, a disarmament, captives' bodies handed over, a
# parade, a sentence), 20 countries, pinned as measured after the fixes they prompted (before
# them: F1 0.951, actor recall 0.824, place recall 0.902 with the corrected ids, 13 false places,
# 4 events from non-violent text; bench/README.md).
BLIND29_BASELINE = {
    "casualty_f1": 0.986,
    "actor_recall": 0.94,
    "location_recall": 0.98,
    "contested_accuracy": 0.94,
    "false_events_nonviolent": 0,
}

# 62 blind reports of a big news day that is not about war (18 December 2025: a cup final, an
# election re-run and ratified results, budgets, floods and a storm) from sports, economy and
# national desks and the diaspora press: 21 violent items as such a day carries them (wire briefs
# of attacks abroad, crime pages, the day's conflict updates) and 41 stories in the words of war
# (sport's "سحق" and "قصف"، politics' "معركة انتخابية" and "اغتيال سياسي"، price wars and a
# currency's "نزيف"، storm and flood deaths, a road crash, a gas blast, a shipwreck, an epidemic,
# verdicts for old attacks, an execution, anniversaries, a drill, a graduation, helicopters
# bought), 26 countries, pinned as measured after the fixes they prompted (before them: F1 0.985,
# actor recall 1.0, place recall 0.952 with the corrected ids, 5 false places, 5 events from
# non-violent text; bench/README.md).
BLIND30_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.95,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 76 blind reports of violence far from the Arab world as the Arabic world desks report it
# (Russia and Ukraine, Myanmar, India, Pakistan, Afghanistan, Bangladesh, the Philippines,
# Thailand, Turkey, Iran, Nigeria, the Sahel, the DR Congo, Mozambique, Ethiopia, Kenya, Colombia,
# Ecuador, Mexico, Haiti, Brazil, the United States, Germany, France, the United Kingdom) with 22
# non-violent stories from the same desks (talks, aid, sanctions, elections, trials, an execution,
# a typhoon, floods, an earthquake, a capsized boat, crashes, a fire), 28 countries, pinned as
# measured after the fixes they prompted (before them: F1 0.977, actor recall 0.794, place
# recall 0.673 with the corrected ids, 22 false places, 5 events from non-violent text;
# bench/README.md).
BLIND32_BASELINE = {
    "casualty_f1": 0.98,
    "actor_recall": 0.93,
    "location_recall": 0.94,
    "contested_accuracy": 0.96,
    "false_events_nonviolent": 1,
}

# 63 blind reports on the toll that is not an attack and the attack that reads like an accident:
# 39 accidental and natural tolls in the words of violence (gas-cylinder and fuel-tanker blasts,
# an ammunition depot, a port and a fireworks workshop that blew up, fires, collapses, road and
# rail crashes, migrant boats, mine shafts and wells, a stampede, electrocution, heat, floods, an
# earthquake, carbon monoxide, celebratory gunfire, road-safety and hospital tallies, ordnance
# destroyed) and 24 attacks told in the same words (depots and tanks set on fire by drones and
# air strikes, arson by settlers and by unknown men, a building brought down by a strike, a
# car-ramming first called a road accident, a fishing boat fired on, landmines of a war, truck and
# suicide bombs first taken for a tanker or a gas blast, old shells that went off), 25 countries,
# pinned as measured after the fixes they prompted (before them: F1 0.925, actor recall 0.826,
# place recall 0.75 with the corrected ids, 11 false places, 16 events from non-violent text;
# bench/README.md).
BLIND33_BASELINE = {
    "casualty_f1": 0.95,
    "actor_recall": 0.87,
    "location_recall": 0.91,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 2,
}


# 66 blind reports of a fifth day's feed (4 February 2026, an ordinary winter day) from some
# thirty outlets the four earlier samples did not use: 28 violent items as that day carries them
# (conflict updates from Gaza, the West Bank, south Lebanon, Syria, Iraq and Kurdistan, Yemen,
# Sudan, Libya and Somalia, wire briefs from Mali, Nigeria, Pakistan, Iran, the DR Congo and
# Ukraine, a security bulletin, the crime pages, one contested strike) and 38 non-violent stories
# (politics and statements about wars and weapons, budgets and currencies, sport, courts and an
# execution carried out, arrests, a dismantled cell, seizures, drills, ordnance cleared, an
# anniversary prepared, weather, a quake, an epidemic, a road crash, a gas blast, a child dead of
# cold, an opinion column), 27 countries, pinned as measured after the fixes they prompted
# (before them: F1 0.952, actor recall 1.0 and place recall 0.893 with the corrected ids, 6
# false places, 6 events from non-violent text; bench/README.md).
BLIND34_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    # one fewer with the forty-seventh's fixes: a verdict headed "الإعدام لإرهابي ..." is background
    "false_events_nonviolent": 1,
}


# 68 blind reports of a sixth day's feed (9 July 2025, an ordinary summer day) from some thirty
# outlets the five earlier samples did not use, weighted to the Maghreb, the Sahel, the Horn of
# Africa and the Gulf (55 of 68): 25 violent items as that day carries them (wire briefs and
# conflict updates from Somalia and Puntland, Sudan, Mali, Burkina Faso, Niger, Chad, Ethiopia,
# Yemen, Libya, Gaza, south Lebanon, Syria, Iraq, Nigeria and Pakistan, an Algerian army
# bulletin, the crime pages of Tunisia, Morocco, Mauritania, Kuwait and Upper Egypt, one
# contested strike) and 43 non-violent stories (politics and statements about wars, ceasefire
# talks with a war's cumulative toll, budgets and currencies, sport, courts and an execution
# carried out, arrests, seizures and a surrender, drills and a graduation, a heatwave, an
# epidemic, a migrant boat sunk, a road crash, an anniversary), 29 countries, pinned as measured
# after the fixes they prompted (before them: F1 0.987, actor recall 1.0 and place recall 0.84
# with the corrected ids, 6 false places, 3 events from non-violent text; bench/README.md).
BLIND35_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 62 blind reports, a second sample of blind33's question: 40 non-violent tolls told in the
# words of violence (a boiler, a transformer, a generator, a pipeline, a refinery and an oil
# still that exploded, a coal-mine blast and a gold-mine collapse, fires, drownings, shipwrecks,
# a light plane, a helicopter and a training jet that fell, bus, microbus and train crashes, a
# collapse, a rockslide, lightning, poisoning, heat, cold, floods, a cyclone, an earthquake, a
# stampede, celebratory gunfire, ordnance destroyed or found) and 22 attacks told in the same
# words (fires set on purpose, blasts a drone, a strike or a bomb caused, a plane shot down,
# boats fired on, mines laid in a war, leftover ordnance that killed), 25 countries, pinned as
# measured after the fixes they prompted (before them: F1 0.959, actor recall 0.917 and place
# recall 0.909 with the corrected ids, 4 false places, 8 events from non-violent text;
# bench/README.md).
BLIND36_BASELINE = {
    "casualty_f1": 0.97,
    "actor_recall": 0.95,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}


# 71 blind reports on where it happened, at every level: a village with its district and
# province, a city's quarter, a road or a crossing between two towns, a distance or a bearing from
# a town and "قرب"، "بريف"، "أطراف"، "ضواحي"، camps, ports, airports, a dam and bases named after
# a town, a province alone, one town in two spellings, names two countries' towns share, datelines
# of another town, places outside the Arab world as the Arabic desks spell them, and 14 non-violent
# stories that name places the same ways, 28 countries, pinned as measured after the fixes they
# prompted (before them, on main as rebased onto: F1 0.994, actor recall 0.958 and place recall
# 0.719 with the corrected ids, 23 false places, 1 event from non-violent text; bench/README.md);
# place recall 0.825 → 0.86 with the forty-fifth set's villages (al-Shaqab, Bayt Allam).
BLIND41_BASELINE = {
    "casualty_f1": 0.994,
    "actor_recall": 0.958,
    "location_recall": 0.895,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}


# 61 blind reports, a fresh sample of blind31's question: a new incident that recalls earlier
# ones with their own tolls in a relative clause, a bracket or apposition, "على غرار"، "وسبق أن"،
# "وتعرض ... في وقت سابق"، "هذا ثالث هجوم"، "منذ ..." running totals, a second paragraph of
# background, an official's quoted comparison, two incidents of one day, and 18 non-violent
# stories with recalled tolls (anniversaries, verdicts, tallies, reconstruction, compensation),
# 21 countries, pinned as measured after the fixes they prompted (before them: F1 0.847, actor
# recall 0.735 and place recall 0.875 with the corrected ids, 5 false places, 2 events from
# non-violent text; bench/README.md). One more event from non-violent text with the thirty-sixth
# set's rules: its "حريق متعمد" (a fire set on purpose) is an attack, and s42's headline gives a
# forest guard who died fighting a fire "in a deliberate fire", which this set counts as no event.
# Raised with the forty-second set's rules (a recalled noun with its article, "بعد يوم من الهجوم
# الذي قتل فيه ثلاثة", is recalled as one without), and with the fifty-ninth's (a gold prospector,
# "منقب عن الذهب", is a person counted).
BLIND37_BASELINE = {
    "casualty_f1": 0.93,
    "actor_recall": 0.857,
    "location_recall": 0.979,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 2,
}

# 67 blind reports of an eighth day's feed (12 November 2025, the day after Iraq's election) from
# some thirty outlets the earlier day samples did not use: 29 violent items (conflict updates,
# wire briefs, an army bulletin's "تحييد", a leftover mine, one contested shelling, the crime
# pages) and 38 non-violent stories in the same vocabulary (the election's "معركة", budgets and
# currencies, sport, a war's cumulative toll in a statement, a massacre recalled in an appeal,
# security measures after a bombing, an air show, a military plane crash, a road crash, a year's
# tallies, weather), 29 countries, pinned as measured after the fixes they prompted (before
# them: F1 1.0, actor recall 1.0 and place recall 0.655 with the corrected ids (0.688 and 0.448
# before), 12 false places (22), 4 events from non-violent text; bench/README.md).
BLIND42_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.931,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 75 blind reports whose doers are named as the press names them: by their members ("عناصر من"،
# "مقاتلو"، "ملثمون يتبعون لـ")، by a unit, a brigade or a commander, by nicknames, by the
# region's words for state forces (national guard, border and coast guards, a republican guard,
# counter-terrorism and intelligence services), militias and self-defence groups, foreign
# forces, clans, gangs and cartels, unknown gunmen and claims by a group's media outlet, and 15
# non-violent stories naming the same forces, 27 countries, pinned as measured after the fixes
# they prompted (before them: F1 0.969, actor recall 0.967 and place recall 0.867 with the
# corrected ids (0.5 and 0.617 before), 17 false places, 1 event from non-violent text;
# bench/README.md).
BLIND40_BASELINE = {
    "casualty_f1": 0.979,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 0.983,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 66 blind reports of violence far from the Arab world, a fresh sample of blind32.yaml's question
# on other towns, outlets and wording: Nigeria's bandits, herders and ISWAP, the Sahel's JNIM and
# Islamic State, Cameroon, Chad, the DR Congo, Uganda, Ethiopia, Mozambique and Kenya; Pakistan,
# Afghanistan, India, Myanmar, the Philippines, Thailand, Turkey's south-east and Iran's provinces;
# Russia and Ukraine; Colombia, Mexico and Haiti; and 18 non-violent stories from the same desks,
# 24 countries, pinned as measured after the fixes they prompted (before them: F1 0.978, actor
# recall 0.913 and place recall 0.75 with the corrected ids (0.536 and 0.646 before), 13 false
# places, 4 events from non-violent text; bench/README.md).
BLIND43_BASELINE = {
    "casualty_f1": 0.978,
    "actor_recall": 0.942,
    "location_recall": 1.0,
    "contested_accuracy": 0.958,
    "false_events_nonviolent": 1,
    "wrong_perpetrators": 0,
}

# 72 blind reports of news with no new violence told in the words of violence, a fresh sample of
# blind39.yaml's question in other kinds and wordings: 56 non-violent stories (appeals and
# sentences for old attacks, inquiries into old massacres, compensation and reconstruction,
# exchanges of prisoners and bodies, tallies, UN and NGO statements, threats, exercises, tests and
# arms deals, a training accident, sport, culture and markets in metaphors, funerals and
# obituaries, films and novels, accidents, "assassination" of character, cyber attacks) and 16
# new incidents that look like them, 32 countries, pinned as measured after the fixes they
# prompted (before them: F1 0.851, actor recall 0.722 and place recall 0.812 with the corrected
# ids (0.444 and 0.562 before), 4 false places (10 before), 17 events from non-violent text;
# bench/README.md).
BLIND46_BASELINE = {
    "casualty_f1": 0.962,
    "actor_recall": 0.944,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 3,
    "wrong_perpetrators": 0,
}

# 69 blind reports of a ninth day's feed (25 August 2025) from some thirty outlets the earlier
# day samples did not use: 27 violent items (conflict updates, wire briefs from the world desks,
# an army bulletin's "تحييد", one contested strike, the crime pages) and 42 non-violent stories in
# the same vocabulary (elections, statements and threats, courts and arrests, seizures and a
# smuggling foiled with no clash, ordnance blown up, economy, sport, weather, floods, a
# shipwreck, a bus crash, cholera, a protest with a year's tally of killings), 28 countries,
# pinned as measured after the fixes they prompted (before them: F1 0.977, actor recall 1.0 and
# place recall 0.852 with the corrected ids (0.73 and 0.667 before), 10 false places, 4 events
# from non-violent text; bench/README.md).
BLIND44_BASELINE = {
    "casualty_f1": 0.988,
    "actor_recall": 1.0,
    "location_recall": 0.926,
    "contested_accuracy": 0.926,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 72 blind reports of violence far from the Arab world, a third sample (after blind32's and
# blind43's) on other towns, outlets and wording: bandits, herders, ISWAP and Boko Haram in
# Nigeria, Niger, Cameroon and Chad, JNIM in Burkina Faso and Mali's south, the ADF, M23 and
# CODECO in the DR Congo and Uganda, Ethiopia's Amhara and Oromia, Cabo Delgado, Pakistan,
# Afghanistan, India, Myanmar, the Philippines, Turkey's south-east, Iran's provinces, Ukraine and
# Russia, Colombia, Mexico and Haiti, and 17 non-violent stories from the same desks, 22
# countries, pinned as measured after the fixes they prompted (before them: F1 1.0, actor recall
# 0.878 and place recall 0.821 with the corrected ids (0.476 and 0.696 before), 18 false places
# (31 before), no event from non-violent text; bench/README.md).
BLIND48_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 0.939,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 65 blind reports of a tenth day's feed (28 September 2025) from some thirty outlets the earlier
# day samples did not use: 25 violent items (conflict updates from Gaza, the West Bank, south
# Lebanon, Syria, Iraq and Kurdistan, Yemen, Sudan, Libya and Somalia, wire briefs from Mali,
# Nigeria, Pakistan, Iran and Ukraine, an army bulletin's "تحييد", a war remnant, the crime pages)
# and 40 non-violent stories in the same vocabulary (elections, statements, courts and an
# execution carried out, arrests, a protest with arrests, seizures, ordnance blown up, economy,
# sport, weather, hunger, cholera, floods, a road crash), 24 countries, pinned as measured after
# the fixes they prompted (before them, on the main of the day it was written: F1 0.987, actor
# recall 0.926 and place recall 0.92 with the corrected ids (0.667 and 0.64 before), 9 false
# places, 2 events from non-violent text; bench/README.md).
BLIND47_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 64 blind reports whose incident lies below the city, a fresh sample of blind41.yaml's question:
# villages with or without their sub-district, district or governorate, city quarters, camps,
# roads between two towns and sub-districts named after their seat, in Syria, Iraq, Yemen,
# Lebanon, the West Bank and Gaza, Libya, Sudan, Somalia, Egypt, the Sahel, Nigeria, Pakistan,
# Afghanistan, the DR Congo and Ukraine, some with a reference town that is not the place ("شرقي
# مدينة X"، "الواقعة على بعد ... من X"); and 15 non-violent stories naming such places, 18
# countries, pinned as measured after the fixes they prompted (before them: F1 0.969, actor
# recall 1.0 and place recall 0.673 with the corrected ids (0.735 and 0.408 before), 32 false
# places, no event from non-violent text; bench/README.md). F1 0.994 once soldiers and the members
# of an armed group joined to them ("جنود وعنصرين من ...") are two tolls.
BLIND45_BASELINE = {
    "casualty_f1": 0.994,
    "actor_recall": 1.0,
    "location_recall": 0.898,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 67 blind reports of an eleventh day's feed (20 May 2025) from some thirty outlets the earlier
# day samples did not use: 26 violent items (conflict updates, wire briefs, an army bulletin's
# "تحييد", a war remnant, the crime pages) and 41 non-violent stories in the same vocabulary
# (politics and a war's running toll, courts, an execution, economy, sport, weather, a shipwreck,
# cholera, arrests, a dismantled cell, seizures, a surrender, a drill, ordnance detonated), 28
# countries, pinned as measured after the fixes they prompted (before them: F1 0.966, actor
# recall 1.0 and place recall 0.808 with the corrected ids (0.700 and 0.615 before), 6 false
# places, 1 event from non-violent text; bench/README.md).
BLIND49_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.96,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 66 blind reports of news with no new violence told in the words of violence, a third fresh
# sample after blind39.yaml's and blind46.yaml's fixes: 50 non-violent stories (a plot foiled, a
# raid with arrests only, a mine defused, a manhunt, a drone and a missile brought down, a hoax,
# rumours denied; negotiations, truce proposals, lists of prisoners, a month's tally, memoirs, a
# law for the missing, a trial in absentia, a compensation fund, returnees, defectors and arms
# handed over; a price war, a "bloody" market, an "explosion" of demand, a "massacre" of trees,
# killing time, a war on drugs, locusts, a rate cut; a hospital fire, a collapse, a boat sunk,
# food poisoning, an electrocution, a stampede, a scaffold fall; sport, a film, a play, poems;
# deaths of age and illness) and 16 violent reports that look like them, 26 countries, pinned as
# measured after the fixes they prompted (before them: F1 0.983, actor recall 0.857 and place
# recall 1.0 with the corrected ids (0.455 and 0.812 before), 5 false places, 19 events from 18 of
# the 50 non-violent stories; bench/README.md). Two of the three events left are intercepts with no
# victim, which this set counts as no event and blind26.yaml and others as events.
BLIND51_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 0.857,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 3,
    "wrong_perpetrators": 0,
}


# 72 blind reports whose incidents lie below the city, a second fresh sample after blind45's
# fixes: villages with their district and province, quarters of cities and capitals, camps of
# the displaced, markets, checkpoints and gates, roads between towns, valleys, mountain areas,
# oases, islands, ports, border crossings and a gold-mining site, in 24 countries, and 12
# non-violent stories naming such places; pinned as measured after the fixes they prompted
# (before them: F1 0.994, actor recall 0.971 and place recall 0.600 with the corrected ids
# (0.671 and 0.517 before), 41 false places, no event from non-violent text; bench/README.md).
BLIND50_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 0.986,
    "location_recall": 0.917,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 67 blind reports of a twelfth day's feed (3 June 2025) from some thirty outlets the earlier day
# samples did not use: 27 violent items (conflict updates, wire briefs, an army bulletin's "القضاء
# على", a war remnant, the crime pages) and 40 non-violent stories in the same vocabulary (budgets,
# prices, Hajj, weather, cholera, exams, a ministry's war tally, truce talks, a prisoner exchange,
# a funeral, an anniversary, arrests, raids and seizures with no clash, old munitions detonated, a
# drill, verdicts, executions carried out, a road crash), 29 countries, pinned as measured after
# the fixes they prompted (before them: F1 1.0, actor recall 1.0 and place recall 0.963 with the
# corrected ids (0.7 and 0.667 before), 6 false places, 3 events from 3 of the 40 non-violent
# stories; bench/README.md). The event left is a funeral's, which this set counts as no event and
# the incident streams keep as a report of its incident.
BLIND52_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 0.926,
    "false_events_nonviolent": 1,
    "wrong_perpetrators": 0,
}


# 71 blind reports where the doer is the hard part, a third fresh sample after blind29.yaml's and
# blind40.yaml's fixes: the doer blamed or accused in a clause or sentence of its own, claims and
# denials, a group named by its leader, a faction, an old name or its enemies' name, clan
# militias, tribes, self-defence groups, bandits, pirates and herders, state forces named by a
# unit, a boat or a drone, foreign forces and contractors, "مجهولون"، and 11 non-violent stories
# naming armed groups (speeches, sanctions, talks, a disarmament, a merger, a defector), 28
# countries, pinned as measured after the fixes they prompted (before them: F1 0.955, actor recall
# 0.787 and place recall 0.85 with the corrected ids (0.453 and 0.683 before), 11 false places
# (23 before), one event from a non-violent story; bench/README.md). Actor recall 0.957 with the
# sixty-second's fixes (a government's label for its enemy read by the story's country).
# Contested 1.0 with blind83's (a striker's "وليس مدنيين" against the civilians counted).
BLIND53_BASELINE = {
    "casualty_f1": 0.978,
    "actor_recall": 0.957,
    "location_recall": 0.95,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 67 blind reports of a thirteenth day's feed (15 October 2025) from some thirty outlets the
# earlier day samples did not use: 26 violent items (conflict updates, wire briefs, an army
# bulletin's "قضت على", a war remnant, the crime pages) and 41 non-violent stories in the same
# vocabulary (a truce and its exchange of bodies, a ministry's tally, elections, sport, budgets
# and currencies, weather, epidemics, a coup with no shot, arrests, seizures, a sentence, an
# execution, a funeral, an anniversary, a road crash), 31 countries, pinned as measured after the
# fixes they prompted (before them: F1 0.963, actor recall 0.893 and place recall 0.923 with the
# corrected ids (0.679 and 0.615 before), 5 false places (16 before), 4 events from non-violent
# text; bench/README.md).
BLIND54_BASELINE = {
    "casualty_f1": 0.975,
    "actor_recall": 0.929,
    "location_recall": 0.962,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 1,
    "wrong_perpetrators": 0,
}


# 64 blind reports of violence far from the Arab world, a fourth sample after blind32.yaml's,
# blind43.yaml's and blind48.yaml's fixes: Kenya, Tanzania, Uganda, the Central African
# Republic, Benin, Togo, Ghana's north, Casamance, Conakry, Madagascar, Pibor, Gondar, Ituri and
# Cabo Delgado; Bangladesh, Sri Lanka, Thailand's south, Papua, Manipur and Kashmir, Iran's
# Sistan-Baluchestan and Kurdistan; Syunik, Tbilisi, Kosovo's north and Israel's north; Ecuador,
# Peru, Rio, Apure and the United States; and 17 non-violent stories from the same desks (floods,
# a ferry, a collapse, a bus, talks, an execution, a ceremony, a match), 31 countries, pinned as
# measured after the fixes they prompted (before them: F1 0.938, actor recall 0.683 and place
# recall 0.574 with the corrected ids (0.429 and 0.426 before), 18 false places (27 before), four
# events from non-violent stories; bench/README.md).
BLIND55_BASELINE = {
    "casualty_f1": 0.938,
    "actor_recall": 0.905,
    "location_recall": 0.894,
    "contested_accuracy": 0.957,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 66 blind reports of a fourteenth day's feed (2 December 2025) from some thirty outlets the
# earlier day samples did not use: 28 violent items (conflict updates with a toll rising a week
# on, two sides' dead in one sentence and a contested drone strike, the world desks' briefs, an
# army bulletin's "تحييد", a war remnant, the crime pages) and 38 non-violent stories in the same
# vocabulary (the Arab Cup, a pope at a blast's site, the truce's statements and bodies, a
# ministry's tally, budgets, rain, a tremor, cholera, a migrant boat, a collapse, a gas blast, a
# drill, trials, executions, a cell dismantled, children freed, a funeral, a national day), 25
# countries, pinned as measured after the fixes they prompted (before them: F1 0.978, actor recall
# 0.909 and place recall 0.821 with the corrected ids (0.636 and 0.536 before), 14 false places
# (26 before), 3 events from non-violent text; bench/README.md). F1 1.0 with the fifty-ninth set's
# rules: the striker's own name for the dead of its strike ("حيدت إرهابيين اثنين" after "قتل
# شخصان") is no second toll.
BLIND56_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 0.939,
    "location_recall": 1.0,
    "contested_accuracy": 0.964,
    "false_events_nonviolent": 1,
    "wrong_perpetrators": 0,
}


# 66 blind reports whose place lies below the city, a third sample after blind41.yaml's,
# blind45.yaml's and blind50.yaml's fixes, leaning on the provinces those sets used less: villages
# of Maysan, Wasit and Duhok's border, Quneitra, Suwayda, Hasakah, the Homs desert and the Baniyas
# countryside, al-Dhale, Lahj, Abyan, Saada and Hodeidah, Libya's west and south, Sennar, Blue
# Nile, White Nile and North Kordofan, Upper Egypt and Sinai, south Lebanon, Akkar and Baalbek,
# the West Bank's camps and Gaza's coast, Hiran, Middle Shabelle and Bari, Bankass, the Burkinabe
# east, Tillaberi and Lake Chad, Hakkari, Diyarbakir and Sirnak, Sistan-Baluchestan and Iran's
# Kurdistan, Paktika and Kunduz, Kurram, Kalat and Tank; 17 non-violent stories naming such places,
# 18 countries, pinned as measured after the fixes they prompted (before them: F1 0.963, actor
# recall 0.961 and place recall 0.592 with the corrected ids (0.588 and 0.449 before), 38 false
# places (52 before), no event from non-violent text; bench/README.md).
BLIND57_BASELINE = {
    "casualty_f1": 0.981,
    "actor_recall": 0.98,
    "location_recall": 0.959,
    "contested_accuracy": 0.959,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 68 blind reports of Africa's wars as the Arabic press reports them, a fresh sample after
# blind24.yaml's fixes: Boko Haram and ISWAP in Borno and Yobe, the bandits of Zamfara, Katsina
# and Niger State, the herders of Plateau and Benue; JNIM, the Islamic State in the Sahel and
# the Africa Corps in Mali, Burkina Faso and Niger; Lake Chad, N'Djamena and Chad's south;
# Cameroon's Far North and Anglophone regions; the RSF and the army in Port Sudan, El Fasher's
# camps, the Gezira, Kordofan; South Sudan's Nasir; al-Shabaab, AUSSOM and Puntland in Somalia;
# Kenya's north-east; Fano and the OLA in Ethiopia; the M23, ADF and CODECO in the DR Congo; Cabo
# Delgado; Libya's south; and 20 non-violent stories from the same desks, 14 countries, pinned as
# measured after the fixes they prompted (before them: F1 0.884, actor recall 0.838 and place
# recall 0.647 with the corrected ids (0.419 and 0.529 before), 21 false places (30 before), no
# event from non-violent text; bench/README.md).
BLIND58_BASELINE = {
    "casualty_f1": 0.992,
    "actor_recall": 0.932,
    "location_recall": 0.961,
    "contested_accuracy": 0.958,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 68 blind reports of a fifteenth day's feed (8 January 2026) from some thirty outlets the earlier
# day samples did not use, leaning on the Gulf, Jordan, the Maghreb, Mauritania, Iraq's Kurdistan
# region and world broadcasters' Arabic services: 27 violent items (conflict updates with a victim
# named, a toll that rose and a denied drone strike, a striker's own count of the dead, an Iraqi
# air strike and a bomb under a patrol, the world desks' briefs, an Algerian army bulletin's
# "القضاء على", a war remnant, the crime pages of nine countries) and 41 non-violent stories in the
# same vocabulary (the Africa Cup and the Gulf leagues, the truce's statements and a ministry's
# tally, Erbil's salaries, cholera, mines cleared, munitions detonated, a funeral, trials, a plot
# convicted, executions, a cell dismantled, seizures, a drill, a missile test, accidents, floods, a
# tremor, a migrant boat, an anniversary), 27 countries, pinned as measured after the fixes they
# prompted (before them: F1 0.974, actor recall 0.957 and place recall 0.926 with the corrected ids
# (0.696 and 0.778 before), 5 false places (10 before), 2 events from non-violent text;
# bench/README.md). The one event left is a funeral, which the incident streams keep as a report
# of its incident.
BLIND59_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 0.957,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 1,
    "wrong_perpetrators": 0,
}


# 54 blind reports of news with no new violence told in the words of violence, a fourth sample
# after blind39.yaml's, blind46.yaml's and blind51.yaml's fixes: 44 non-violent stories
# (anniversaries, the courts of old attacks, what was rebuilt and compensated, a war's statistics,
# remains reburied and a death of old wounds, security meetings, a parliament and truce
# statements, arms deals, drills and a parade, sport and markets in words of war, a series and a
# book, denials and hoaxes, plots foiled, mines cleared, threats) and 10 new incidents told in the
# same registers, 17 countries, pinned as measured after the fixes they prompted (before them: F1
# 0.933, actor recall 0.778 and place recall 0.7 with the corrected ids (0.667 and 0.7 before), 3
# false places, 4 events from non-violent text; bench/README.md). The event left is a headline's
# death of wounds from a blast five years before.
BLIND60_BASELINE = {
    "casualty_f1": 0.968,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 1,
    "wrong_perpetrators": 0,
}


# 68 blind reports of who did it, a fourth fresh sample after blind18.yaml's, blind29.yaml's,
# blind40.yaml's and blind53.yaml's fixes, on the names that only the story's country explains:
# a government's label for its enemy ("الخوارج" in Mogadishu's, Rawalpindi's and Kabul's
# communiqués, "خوارج داعش"، "فتنة الهندوستان"، "المليشيا المتمردة"، "الجنجويد"، "جيش الظلم"،
# "شني"، "التنظيم الإرهابي الانفصالي"، Niger's "قطاع الطرق"، Cairo's "حسم")، the names the sides
# of a war give each other or themselves (Sanaa's "مرتزقة العدوان" and "القوات المسلحة اليمنية"،
# Lebanon's "مسيرة معادية"، Wafa's "المستعمرون"، the Israeli army's "المخربين"، "جيش الفلول" of
# the RSF and "فلول النظام البائد" of Damascus)، a local name that is another group's elsewhere
# (Mozambique's "الشباب"، Chad's "بوكو حرام" for a province's claim, "ولاية وسط أفريقيا")، claims
# and denials, two named groups fighting, state forces attacking groups, self-named groups, and
# 22 non-violent stories in the same labels, 22 countries, pinned as measured after the fixes
# they prompted (before them: F1 0.967, actor recall 0.769 and place recall 0.674 with the
# corrected ids (0.731 and 0.652 before), 23 false places (25 before), 3 events from non-violent
# text, 2 wrong perpetrators; bench/README.md). One event from non-violent text since a pledge
# ("يتعهد بالقضاء على ...") and an inquiry's findings ("لجنة تقصي الحقائق ... وثقت مقتل ...") make
# no incident.
BLIND62_BASELINE = {
    "casualty_f1": 0.984,
    "actor_recall": 0.987,
    "location_recall": 0.978,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 1,
    "wrong_perpetrators": 0,
}


# 69 blind reports of a sixteenth day's feed (17 March 2026, the last days of Ramadan) from some
# forty outlets the fourteenth and fifteenth day samples did not use, leaning on the Nile valley,
# the Horn of Africa, Yemen, Iraq's federal provinces, South Asia and the Turkish, Iranian and
# Russian broadcasters' Arabic services: 29 violent items (conflict updates from Turmus Ayya to
# Masisi, an attack repelled with each side's dead, contested strikes on Ed Daein, East Gojjam and
# Spin Boldak, a bomb under a patrol, the crime pages of five countries) and 40 non-violent
# stories in the same vocabulary (leagues, an iftar cannon, trials and death sentences, a train
# off its rails, a ministry's count of the last hours, a drill, a blockade's fuel queues, Halabja's
# anniversary), 33 countries, pinned as measured after the fixes they prompted (before them: F1
# 0.941, actor recall 0.95 and place recall 0.931, 5 false places, 3 events from non-violent text,
# one accuser blamed; bench/README.md).
BLIND61_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 73 blind reports of a seventeenth day's feed (11 February 2026, a week before Ramadan) from some
# forty outlets the fifteenth and sixteenth day samples did not name: 47 violent items (wire
# briefs, a ticker, full-length articles, a follow-up raising a toll, disputed tolls, injured-only
# reports, claims and denials, from villages, districts, city quarters, towns, provinces and a
# country) and 26 non-violent stories in the same vocabulary (a derby's hat-trick, the revolution's
# anniversary, trials for old bombings, a truce's tally, a building's collapse, a wedding's
# gunfire), 31 countries, pinned as measured after the fixes they prompted (before them: F1
# 0.956, actor recall 0.897 and place recall 0.872 with the corrected id, 10 false places, 2 events
# from non-violent text; bench/README.md).
BLIND63_BASELINE = {
    "casualty_f1": 0.993,
    "actor_recall": 0.966,
    "location_recall": 1.0,
    "contested_accuracy": 0.979,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 64 blind reports of full-length web articles, anew (an independent sample of blind8's question):
# 32 articles of 250 words and more (a lede with the toll, officials' and witnesses' quotes,
# condemnations from other countries, talks hosted elsewhere, background paragraphs recalling
# earlier attacks with their tolls and places, the victims' home towns and funerals, several
# sources' tolls, "اقرأ أيضاً" teasers) and 32 shorter items, 16 of them non-violent (analyses,
# an interview, trials, elections, talks, reconstruction), 31 countries, pinned as measured after
# the fixes they prompted (before them: F1 0.917, actor recall 0.928, place recall 0.979, 32
# false places, 10 events from non-violent text; bench/README.md).
BLIND64_BASELINE = {
    "casualty_f1": 0.941,
    "actor_recall": 0.928,
    "location_recall": 1.0,
    "contested_accuracy": 0.917,
    "false_events_nonviolent": 2,
    "wrong_perpetrators": 0,
}


# 68 blind reports published a day or more after an incident, a third sample of blind21's and
# blind25's question: 44 violent items (tolls that rose, deaths of the wounded, bodies found later,
# figures corrected, late claims, a raid on suspects, victims identified, and new attacks told
# beside yesterday's or last week's incident recalled in a clause: mourners attacked, a funeral
# fired on) and 24 non-violent follow-ups (funerals, visits, arrests, mass graves of old crimes,
# investigators' findings, anniversaries, trials, compensation, reconstruction, an accident's and
# a flood's rising tolls), 35 countries, pinned as measured after the fixes they prompted (before
# them: F1 0.829, actor recall 0.879, place recall 0.841, 6 false places, 8 events from
# non-violent text; bench/README.md).
BLIND65_BASELINE = {
    "casualty_f1": 0.938,
    "actor_recall": 0.931,
    "location_recall": 0.909,
    "contested_accuracy": 0.977,
    "false_events_nonviolent": 5,
    "wrong_perpetrators": 0,
}


# 69 blind reports of news with no new violence told in the words of violence, a fifth fresh
# sample after blind39.yaml's, blind46.yaml's, blind51.yaml's and blind60.yaml's fixes: 43
# non-violent stories (courts of old attacks at home and abroad, anniversaries, a year's road and
# mine tolls and a quarter's war toll, sport, a film, a book and markets in violent words, drills,
# a missile test and an arms delivery, threats, a bus crash, forest fires, a refinery's tank, a
# flood, compensation, parliaments on security, a mosque and homes rebuilt, prisoner swaps, a
# graduation parade's pledges, a kidnapping's anniversary, a seizure) and 26 new incidents, several
# told in the same registers, 28 countries, pinned as measured after the fixes they prompted (before
# them: F1 0.989, actor recall 1.0, place recall 0.808, 6 false places, 9 events from non-violent
# text; bench/README.md). With its fixes the events from non-violent text of blind5, blind33,
# blind37, blind46, blind54, blind64 and blind65 are pinned one lower, and blind53's place recall
# higher (Boni).
BLIND66_BASELINE = {
    "casualty_f1": 0.989,
    "actor_recall": 1.0,
    "location_recall": 0.923,
    "contested_accuracy": 0.885,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 70 blind reports of an eighteenth day's feed (5 May 2026): 43 violent items (wire briefs, a
# ticker, full-length articles, follow-ups that raise a toll, disputed tolls, an army bulletin,
# and beside many new incidents an earlier one recalled in a relative clause or an aside dated
# days before) and 27 non-violent stories in the same vocabulary, 35 countries, pinned as measured
# after the fixes they prompted (before them: F1 0.952, actor recall 0.946, place recall 0.953, 5
# false places, 4 events from non-violent text; bench/README.md).
BLIND67_BASELINE = {
    "casualty_f1": 0.992,
    "actor_recall": 0.982,
    "location_recall": 1.0,
    "contested_accuracy": 0.977,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 76 blind reports of news with no new violence told in the words of violence, a sixth fresh
# sample after blind66.yaml's fixes: 52 non-violent stories (commemorations of old attacks and a
# colonial massacre, a port's blast and an earthquake, trials and appeals at home and abroad, a
# year's road and mine tolls and a month's drownings, sport, e-sport, a war video game, a film and
# a novel, drills, a missile test and arms deals, threats and condemnations, a cyclone, a flood, a
# drought, a rail crash, a refinery fire, a bus crash, a migrants' boat, cholera and haemorrhagic
# fever, a ceasefire committee, prisoner swaps, truce talks and proposals, returns and
# reconstruction, a bomb defused and a controlled detonation, markets and politics in metaphors)
# and 24 new incidents, some told in the same registers, 36 countries, pinned as measured after
# the fixes they prompted (before them: F1 0.978, actor recall 1.0, place recall 0.75, 11 false
# places, 4 events from non-violent text; bench/README.md). With its fixes blind39's events from
# non-violent text are pinned one lower.
BLIND68_BASELINE = {
    "casualty_f1": 0.989,
    "actor_recall": 1.0,
    "location_recall": 0.792,
    "contested_accuracy": 0.875,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 74 blind reports of a nineteenth day's feed (15 May 2026, the Nakba's seventy-eighth
# anniversary): 48 violent items (air and drone strikes, roadside bombs, shootings and raids,
# clashes, kidnappings, suicide attacks, shelling across a border, injured-only reports, disputed
# tolls, a follow-up that raises a toll) and 26 non-violent stories in the same vocabulary, 35
# countries, pinned as measured after the fixes they prompted (before them, with Zawiya's id
# corrected: F1 0.98, actor recall 0.921, place recall 0.939, 7 false places, no event from
# non-violent text; bench/README.md).
BLIND69_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 0.952,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 74 blind reports placed the way local and regional outlets place them (a village by its
# district, a city's quarter, a camp, a road between two towns, a checkpoint, market, field,
# crossing, valley or mountain beside its town, a distance and direction from a town, Africa's
# and Asia's provinces, regions and counties, local spellings): 54 violent items and 20
# non-violent stories placed the same way, 31 countries, pinned as measured after the fixes
# they prompted (before them: F1 0.989, actor recall 0.91, place recall 0.695, 25 false places,
# no event from non-violent text; bench/README.md).
BLIND71_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 0.94,
    "location_recall": 0.932,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


# 69 blind reports of a twentieth day's feed from outlets a monitor rarely sees (Maghreb,
# Sudanese, Somali, Mauritanian, Iraqi Kurdish, Gulf, Turkish and Iranian Arabic services,
# diaspora sites): 41 violent reports (air and drone strikes, IEDs, shootings, raids, clashes,
# a kidnapping, shelling across borders, unnamed gunmen, injured-only and disputed tolls) in towns
# beyond the capitals and 28 non-violent stories in the words of violence, 37 countries, pinned
# as measured after the fixes they prompted (before them: F1 0.99, actor recall 0.902, place
# recall 0.756, 12 false places, four events from non-violent text; bench/README.md).
BLIND72_BASELINE = {
    "casualty_f1": 0.99,
    "actor_recall": 0.922,
    "location_recall": 0.854,
    "contested_accuracy": 0.976,
    "false_events_nonviolent": 2,
    "wrong_perpetrators": 0,
}

# 65 blind reports of the day after, a fifth sample: 45 follow-ups of incidents (rising tolls,
# wounded who died, bodies recovered, a toll corrected down, other sources' figures, claims and
# denials, funerals attacked, an army's retelling) and 20 non-violent stories of the day after
# (funerals, visits to the wounded, inquiries, trials, compensation, disasters' rising tolls),
# 37 countries, pinned as measured after the fixes they prompted (before them: F1 0.838, actor
# recall 0.891, 0.927 with two actor ids corrected, place recall 0.891, contested accuracy 0.956,
# one event from non-violent text; bench/README.md).
BLIND77_BASELINE = {
    "casualty_f1": 0.934,
    "actor_recall": 0.982,
    "location_recall": 0.913,
    "contested_accuracy": 0.978,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 69 blind reports of 2025 whose incident happened below the city, in a village, camp, district
# seat, neighbourhood, road or market named with its district or province as local outlets write
# them: 44 violent reports and 25 non-violent stories naming such places too, 31 countries,
# pinned as measured after the fixes they prompted (before them: F1 0.992, actor recall 0.982,
# place recall 0.795, 17 false places, contested 0.886, one event from non-violent text;
# bench/README.md).
# 67 blind reports of 2025 where the incident happened below the city (a seventh sample): 45
# violent reports in villages, camps, sub-districts, district seats, neighbourhoods, on roads, at a
# checkpoint and in markets named with their district or province, and 22 non-violent stories
# naming such places too, 30 countries, pinned as measured after the fixes they prompted (before
# them: F1 1.0, actor recall 1.0, place recall 0.866, 18 false places, contested 0.977, two events
# from non-violent text; with two gold ids corrected, 0.911 and 15; bench/README.md).
BLIND83_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

BLIND80_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.977,
    "contested_accuracy": 0.931,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 65 blind reports of a twenty-second day's feed (9 April 2025) from national and local outlets:
# 38 violent reports (air and drone strikes, IEDs, a car bomb and a sticky bomb, an assassination,
# a sniper, ambushes with two sides' dead, clashes, kidnappings with deaths, injured-only reports,
# a rising toll, an accusation met with a counter-account and a claim denied) and 27 non-violent
# stories of the same feed in the words of violence, 31 countries, pinned as measured after the
# fixes they prompted (before them: F1 0.991, actor recall 1.0, place recall 0.842, 11 false
# places, one event from non-violent text; with one gold id corrected, 0.868 and 10;
# bench/README.md).
BLIND78_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.947,
    "contested_accuracy": 0.974,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 72 blind reports of a twenty-third day's feed (13 August 2025) as a crawler takes it, from
# pan-Arab, national and local outlets and the Arabic services of foreign media: 42 violent
# reports (air, drone and artillery strikes, a raid, settlers, IEDs, a mine, ambushes and raids on
# posts with two sides' dead, clashes, an assassination, kidnappings with deaths, injured-only
# reports, a rising toll, claims and two denied) and 30 non-violent stories of the same feed in
# the words of violence, 36 countries, pinned as measured after the fixes they prompted (before
# them: F1 0.992, actor recall 0.98, 1.0 with one actor id corrected, place recall 0.976, four
# false places, two events from non-violent text; bench/README.md).
BLIND79_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 74 blind reports of 2025, 46 countries, news with no new violence told in the words of violence
# (an eighth sample): 49 non-violent stories (sport, markets and politics in the words of war,
# accidents, fires, disease, floods, earthquakes and an air crash, sentences and executions,
# commemorations, cumulative tolls, exhumed graves, a funeral a week later, drills, talks,
# threats, warnings, releases, arrests and foiled plots) and 25 violent reports that resemble them,
# pinned as measured after the fixes they prompted (before them: F1 0.976, actor recall 0.96,
# place recall 0.92, 4 false places, five events from non-violent text; bench/README.md).
BLIND81_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.96,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 70 blind reports of 2025, 41 countries, news with no new violence told in the words of violence
# (a ninth sample): 48 non-violent stories (sport, markets and politics in the words of war,
# accidents, fires, a port explosion, floods, an earthquake, a drowning, cholera, cumulative tolls,
# bodies recovered from rubble, a mass grave, commemorations, sentences and executions, a drill,
# arms deals, talks, a swap, threats, arrests, a foiled plot, a film, a memoir, a column) and 22
# violent reports that resemble them, pinned as measured after the fixes they prompted (before
# them: F1 1.0, actor recall 0.947, place recall 0.955, one false place, four events from
# non-violent text; with the accuser's not_perpetrators read inside the gold and Kasserine's
# governorate for a mountain of it, two gold corrections, place recall 1.0 and one wrong
# perpetrator; bench/README.md).
BLIND84_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 69 blind reports of a twenty-fourth day's feed (19 February 2025) from regional and local outlets
# and Arabic services a monitor rarely sees: 40 violent reports (air and drone strikes, IEDs and a
# sticky bomb, an assassination, ambushes, clashes with two sides' dead, a landmine, injured-only
# reports, a rising toll with its denial, claims countered) and 29 non-violent stories of the same
# day in the words of violence, 35 countries, pinned as measured after the fixes they prompted
# (before them: F1 0.992, actor recall 1.0, place recall 0.8, 13 false places, three events from
# non-violent text; bench/README.md).
BLIND82_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.95,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 1,
    "wrong_perpetrators": 0,
}

# 73 blind reports of a twenty-first day's feed (23 September 2025) from the big pan-Arab and
# national outlets: 43 violent reports (air and drone strikes, IEDs, a suicide car bomb, an
# assassination, ambushes, clashes, kidnappings with deaths, shelling, injured-only reports, a
# rising toll, claims with their own figures and a claim denied) and 30 non-violent stories of the
# same day in the words of violence, 43 countries, pinned as measured after the fixes they
# prompted (before them: F1 0.984, actor recall 0.93, place recall 0.814, 9 false places, four
# events from non-violent text; with two gold ids corrected, 0.947, 0.837 and 7; bench/README.md).
BLIND75_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 0.982,
    "location_recall": 1.0,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 73 blind reports placed below the city, a fourth sample: villages, camps, roads, quarters,
# crossings and districts as local and regional outlets name them, with their district or
# province beside them (48 violent reports) and 25 non-violent stories that name such places in
# the words of violence, 27 countries, pinned as measured after the fixes they prompted (before
# them: F1 0.993, actor recall 0.983, place recall 0.625, 30 false places, three events from
# non-violent text; bench/README.md).
BLIND73_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.958,  # raised with blind80's Far'a row
    "contested_accuracy": 0.979,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 66 blind reports placed below the city, a fifth sample: the Sahel, the Horn, Yemen, Iraq and the
# Levant's villages, markets, district seats, camps and checkpoints with their district or province
# beside them (46 violent reports) and 20 non-violent stories that name such places in the words of
# violence, 26 countries, pinned as measured after the fixes they prompted (before them: F1 0.97,
# actor recall 0.934, place recall 0.761, 16 false places, two events from non-violent text; with
# two gold ids corrected, place recall 0.804 and 13 false places; bench/README.md).
BLIND76_BASELINE = {
    "casualty_f1": 0.97,
    "actor_recall": 0.951,
    "location_recall": 0.978,
    "contested_accuracy": 0.935,
    "false_events_nonviolent": 1,
    "wrong_perpetrators": 0,
}

# 74 blind reports of news with no new violence told in the words of violence, a seventh sample:
# 51 non-violent stories written to be hard (sport, markets, trials and death sentences for old
# killings, anniversaries, cumulative tolls and UN reports, drills with live fire, arrests,
# denied rumours and hoaxes, accidents and disasters with tolls, a film and a novel, threats,
# exchanges of prisoners and of remains, mass graves, demining, condemnations of attacks of
# earlier weeks) and 23 real new incidents mixed in, 36 countries, pinned as measured after the
# fixes they prompted (before them: F1 0.963, actor recall 0.969, place recall 0.826, 4 false
# places, contested accuracy 0.957, 6 events from non-violent text and one real incident lost;
# bench/README.md).
BLIND74_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 0.957,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}

# 71 blind reports of the day after, a fourth sample: 48 follow-ups (tolls that rose, the wounded
# who died, bodies recovered, a toll corrected down, claims and denials a day later, another
# outlet's figures, an army's retelling, mourners attacked) and 23 non-violent stories of the day
# after (funerals, visits, inquiries, trials, tallies, disasters' rising tolls), 37 countries,
# pinned as measured after the fixes they prompted (before them: F1 0.875, actor recall 0.892,
# place recall 0.771, 11 false places, 4 events from non-violent text; bench/README.md).
BLIND70_BASELINE = {
    "casualty_f1": 0.952,
    "actor_recall": 0.919,
    "location_recall": 0.938,
    "contested_accuracy": 0.896,
    "false_events_nonviolent": 4,
    "wrong_perpetrators": 1,
}


# 74 blind reports of a seventh day's feed (21 April 2026) from some thirty outlets the earlier
# day samples did not use: 27 violent items (conflict updates, wire briefs, an army bulletin's
# "تحييد", a leftover shell, the crime pages) and 47 non-violent stories in the same vocabulary
# (politics, courts, economy, sport, weather and accidents, drills, a missile test, seizures with
# no clash), 28 countries, pinned as measured after the fixes they prompted (before them: F1
# 0.964, actor recall 1.0 and place recall 0.889 with the corrected ids, 8 false places, 6 events
# from non-violent text; bench/README.md).
BLIND38_BASELINE = {
    "casualty_f1": 1.0,
    "actor_recall": 1.0,
    "location_recall": 0.96,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}

# 68 blind reports of news with no new violence told in the words of violence: 47 non-violent
# stories (verdicts and trials for old attacks, anniversaries, condemnations, threats and
# warnings, monthly and yearly tallies, exercises and arms deals, prisoner exchanges and truce
# talks, funerals, opinion and history, sport, economy and medicine in metaphors, films and
# books, obituaries, crime with no violence) and 21 new incidents told beside such material,
# 29 countries, pinned as measured after the fixes they prompted (before them: F1 0.971, actor
# recall 0.958, place recall 1.0 with the corrected ids, 6 false places, 22 events from
# non-violent text; bench/README.md). Two of the four events left are funerals, which the
# incident streams keep as reports of their incident. Pinned one lower with blind68.yaml's fixes
# (a war's total in tens of thousands, "war_totals_from" in lexicons/incidents.yaml).
BLIND39_BASELINE = {
    "casualty_f1": 0.971,
    "actor_recall": 1.0,
    "location_recall": 1.0,
    "contested_accuracy": 0.857,
    "false_events_nonviolent": 3,
}


# 70 blind reports of a new incident that recalls earlier ones with their own tolls, places and
# doers in the same sentence or the next ("، بعد يوم من استهداف ... أدى إلى مقتل ثلاثة"، "يأتي
# ذلك بعد"، "وكان ... قد قتل الشهر الماضي"، "في ثاني هجوم خلال 48 ساعة"، "ليرتفع عدد القتلى
# منذ مطلع العام إلى"، "وهي الحصيلة الأعلى منذ"، "رداً على"، a funeral attacked, a trial or an
# arrest on the day of a new attack, two incidents of one day) and 20 non-violent stories with
# the same recalled tolls (anniversaries, verdicts, tallies, inquiries, a foiled attack), 21
# countries, pinned as measured after the fixes they prompted (before them: F1 0.754, actor
# recall 0.895, place recall 0.709 with the corrected ids, 32 false places, 3 events from
# non-violent text; bench/README.md).
BLIND31_BASELINE = {
    "casualty_f1": 0.97,
    "actor_recall": 0.93,
    "location_recall": 0.89,
    "contested_accuracy": 1.0,
    "false_events_nonviolent": 0,
}


# 80 blind follow-up reports as different desks write them, a second sample after blind21's
# (ministries' updated and provisional tolls, hospital counts, deaths of the wounded days later,
# bodies found under rubble or in a river, victims named, late claims and denials, corrections,
# live pages with stamped updates, a massacre's toll a week on, weekly tallies) with 26
# non-violent follow-ups and 3 weekly tallies with no event (funerals, mourning, compensation,
# trials, arrests, inquiries, visits, rebuilding, memorials, tolls of accidents and disasters),
# 30 countries, pinned as measured after the fixes they prompted (before them: F1 0.795, actor
# recall 0.875, place recall 0.87 with the corrected ids, 12 false places, 11 events from
# non-violent text; bench/README.md). Three of the four left are a funeral or a mourning day,
# which the incident streams keep as reports of their incident. Then F1 0.862 and contested
# accuracy 0.94 once another source saying the same people died ("بينما قال الجيش إن ...") gives
# a rival account: the set counts each source's figure once, undisputed; the extractor keeps the
# first and marks the toll disputed (DESIGN.md), instead of adding the two. F1 0.882 once a second
# side's dead named by their force ("واثنان من قوات ...") are a toll of their own.
BLIND25_BASELINE = {
    # raised with the eighty-fourth set's fixes: "جثامين 14 شهيداً" counts fourteen, not fifteen
    "casualty_f1": 0.9,
    "actor_recall": 0.946,
    "location_recall": 0.92,
    "contested_accuracy": 0.94,
    "false_events_nonviolent": 4,
}


# 99 blind reports of Africa's wars as the Arabic press reports them (Sudan's army and RSF under
# each side's names, El Fasher, Kordofan and the Gezira villages; South Sudan, Chad and the Central
# African Republic; the Sahel's JNIM, IS Sahel, Wagner and the Africa Corps, the juntas' armies and
# the VDP; Nigeria's ISWAP, Boko Haram, bandits and herders; Cameroon; the DR Congo's M23, ADF and
# CODECO; al-Shabaab; Ethiopia's Fano and OLA; Cabo Delgado; Libya's south, Algeria, Tunisia) with
# 21 non-violent ones in the same vocabulary (talks, sanctions, appeals, refugees, famine, courts,
# elections, a "war" on prices and on locusts), 19 countries, pinned as measured after the fixes
# they prompted (before them: F1 0.936, actor recall 0.787, place recall 0.861 with the corrected
# ids, 13 false places, 1 event from non-violent text; bench/README.md). Actor recall 0.954 with the
# sixty-second's fixes (Sudan's army's "المليشيا المتمردة" is the RSF, Somalia's "الخوارج"
# al-Shabaab).
BLIND24_BASELINE = {
    "casualty_f1": 0.95,
    "actor_recall": 0.95,
    "location_recall": 0.98,
    "contested_accuracy": 0.97,
    "false_events_nonviolent": 1,
}


# 87 blind reports on who did it (claims of responsibility in statements, on Telegram and by
# affiliated agencies; accusations, denials and mutual blame; suspected doers and drones "believed
# to be" someone's; state forces, militias, tribes, settlers, gangs and separatists by their local
# names, their enemies' names and their short forms; groups that name themselves; victims' sides
# and mediators that must not be read as the doers) with 19 non-violent ones in the same
# vocabulary, 30 countries, pinned as measured after the fixes they prompted (before them, on
# main as rebased onto: F1 0.938, actor recall 0.857, place recall 0.884 with the corrected ids,
# 1 event from non-violent text, a mediating force and a victims' side read as the doers;
# bench/README.md).
BLIND18_BASELINE = {
    "casualty_f1": 0.97,
    "actor_recall": 0.943,
    "location_recall": 0.89,
    "contested_accuracy": 0.97,
    "false_events_nonviolent": 0,
    "wrong_perpetrators": 0,
}


@pytest.mark.parametrize(
    ("name", "baseline"),
    [
        ("dev", json.loads(BASELINE.read_text(encoding="utf-8"))),
        ("heldout", HELDOUT_BASELINE),
        ("world", WORLD_BASELINE),
        ("blind", BLIND_BASELINE),
        ("fresh", FRESH_BASELINE),
        ("blind2", BLIND2_BASELINE),
        ("blind3", BLIND3_BASELINE),
        ("blind4", BLIND4_BASELINE),
        ("blind5", BLIND5_BASELINE),
        ("blind6", BLIND6_BASELINE),
        ("blind7", BLIND7_BASELINE),
        ("blind8", BLIND8_BASELINE),
        ("blind9", BLIND9_BASELINE),
        ("blind10", BLIND10_BASELINE),
        ("blind11", BLIND11_BASELINE),
        ("blind12", BLIND12_BASELINE),
        ("blind13", BLIND13_BASELINE),
        ("blind14", BLIND14_BASELINE),
        ("blind15", BLIND15_BASELINE),
        ("blind16", BLIND16_BASELINE),
        ("blind17", BLIND17_BASELINE),
        ("blind18", BLIND18_BASELINE),
        ("blind19", BLIND19_BASELINE),
        ("blind20", BLIND20_BASELINE),
        ("blind21", BLIND21_BASELINE),
        ("blind22", BLIND22_BASELINE),
        ("blind23", BLIND23_BASELINE),
        ("blind24", BLIND24_BASELINE),
        ("blind25", BLIND25_BASELINE),
        ("blind26", BLIND26_BASELINE),
        ("blind27", BLIND27_BASELINE),
        ("blind28", BLIND28_BASELINE),
        ("blind29", BLIND29_BASELINE),
        ("blind30", BLIND30_BASELINE),
        ("blind31", BLIND31_BASELINE),
        ("blind32", BLIND32_BASELINE),
        ("blind33", BLIND33_BASELINE),
        ("blind34", BLIND34_BASELINE),
        ("blind35", BLIND35_BASELINE),
        ("blind36", BLIND36_BASELINE),
        ("blind37", BLIND37_BASELINE),
        ("blind38", BLIND38_BASELINE),
        ("blind39", BLIND39_BASELINE),
        ("blind40", BLIND40_BASELINE),
        ("blind41", BLIND41_BASELINE),
        ("blind42", BLIND42_BASELINE),
        ("blind43", BLIND43_BASELINE),
        ("blind46", BLIND46_BASELINE),
        ("blind44", BLIND44_BASELINE),
        ("blind48", BLIND48_BASELINE),
        ("blind47", BLIND47_BASELINE),
        ("blind45", BLIND45_BASELINE),
        ("blind49", BLIND49_BASELINE),
        ("blind51", BLIND51_BASELINE),
        ("blind50", BLIND50_BASELINE),
        ("blind52", BLIND52_BASELINE),
        ("blind53", BLIND53_BASELINE),
        ("blind54", BLIND54_BASELINE),
        ("blind55", BLIND55_BASELINE),
        ("blind56", BLIND56_BASELINE),
        ("blind57", BLIND57_BASELINE),
        ("blind58", BLIND58_BASELINE),
        ("blind59", BLIND59_BASELINE),
        ("blind60", BLIND60_BASELINE),
        ("blind62", BLIND62_BASELINE),
        ("blind61", BLIND61_BASELINE),
        ("blind63", BLIND63_BASELINE),
        ("blind64", BLIND64_BASELINE),
        ("blind65", BLIND65_BASELINE),
        ("blind67", BLIND67_BASELINE),
        ("blind66", BLIND66_BASELINE),
        ("blind68", BLIND68_BASELINE),
        ("blind69", BLIND69_BASELINE),
        ("blind71", BLIND71_BASELINE),
        ("blind70", BLIND70_BASELINE),
        ("blind72", BLIND72_BASELINE),
        ("blind75", BLIND75_BASELINE),
        ("blind78", BLIND78_BASELINE),
        ("blind79", BLIND79_BASELINE),
        ("blind73", BLIND73_BASELINE),
        ("blind74", BLIND74_BASELINE),
        ("blind77", BLIND77_BASELINE),
        ("blind76", BLIND76_BASELINE),
        ("blind81", BLIND81_BASELINE),
        ("blind80", BLIND80_BASELINE),
        ("blind84", BLIND84_BASELINE),
        ("blind82", BLIND82_BASELINE),
        ("blind83", BLIND83_BASELINE),
    ],
)
def test_scores_do_not_drop_below_the_pinned_baseline(name: str, baseline: dict[str, float]) -> None:
    scores = evaluate(SETS[name])
    for metric, pinned in baseline.items():
        if metric in ("false_events_nonviolent", "wrong_perpetrators"):
            assert scores[metric] <= pinned, (name, metric, scores[metric], pinned)
        else:
            assert scores[metric] >= pinned, (name, metric, scores[metric], pinned)


def test_the_world_set_covers_ten_countries_with_sixty_reports() -> None:
    assert len(by_country(SETS["world"])) >= 10
    assert len(yaml.safe_load(SETS["world"].read_text(encoding="utf-8"))) >= 60


# Each blind set's size: reports, countries and stories with no event (non-violent text with
# violent words), as its section in bench/README.md describes it.
BLIND_SET_SIZES = [
    ("blind", 40, 12, 6),
    ("blind2", 40, 20, 8),
    ("blind3", 45, 15, 8),
    ("blind4", 50, 18, 10),
    ("blind5", 50, 18, 10),
    ("blind6", 50, 18, 10),
    ("blind7", 50, 18, 10),
    ("blind8", 60, 22, 12),
    ("blind9", 60, 20, 25),
    ("blind10", 60, 20, 20),
    ("blind11", 60, 20, 12),
    ("blind12", 60, 20, 12),
    ("blind13", 60, 15, 12),
    ("blind14", 60, 15, 12),
    ("blind15", 70, 15, 12),
    ("blind16", 70, 12, 35),
    ("blind17", 70, 14, 10),
    ("blind18", 75, 15, 18),
    ("blind19", 80, 25, 15),
    ("blind20", 74, 24, 14),
    ("blind21", 70, 20, 20),
    ("blind22", 100, 23, 22),
    ("blind23", 80, 25, 25),
    ("blind24", 80, 16, 18),
    ("blind25", 80, 30, 29),
    ("blind26", 69, 22, 19),
    ("blind27", 68, 28, 37),
    ("blind28", 65, 13, 33),
    ("blind29", 70, 20, 19),
    ("blind30", 62, 25, 41),
    ("blind31", 70, 21, 20),
    ("blind32", 76, 28, 22),
    ("blind33", 63, 25, 39),
    ("blind34", 66, 27, 38),
    ("blind35", 68, 29, 43),
    ("blind36", 62, 25, 40),
    ("blind37", 61, 21, 18),
    ("blind38", 74, 28, 47),
    ("blind39", 68, 29, 47),
    ("blind40", 75, 27, 15),
    ("blind41", 71, 28, 14),
    ("blind42", 67, 29, 38),
    ("blind43", 66, 24, 18),
    ("blind46", 72, 32, 56),
    ("blind44", 69, 28, 42),
    ("blind48", 72, 22, 17),
    ("blind47", 65, 24, 40),
    ("blind45", 64, 18, 15),
    ("blind49", 67, 28, 41),
    ("blind51", 66, 26, 50),
    ("blind50", 72, 24, 12),
    ("blind52", 67, 29, 40),
    ("blind53", 71, 28, 11),
    ("blind54", 67, 31, 41),
    ("blind55", 64, 31, 17),
    ("blind56", 66, 25, 38),
    ("blind57", 66, 18, 17),
    ("blind58", 68, 14, 20),
    ("blind59", 68, 27, 41),
    ("blind60", 54, 17, 44),
    ("blind62", 68, 22, 22),
    ("blind61", 69, 33, 40),
    ("blind63", 73, 31, 26),
    ("blind64", 64, 31, 16),
    ("blind65", 68, 35, 24),
    ("blind67", 70, 35, 27),
    ("blind66", 69, 28, 43),
    ("blind68", 76, 36, 52),
    ("blind69", 74, 35, 26),
    ("blind71", 74, 31, 20),
    ("blind70", 71, 37, 23),
    ("blind72", 69, 37, 28),
    ("blind75", 73, 43, 30),
    ("blind78", 65, 31, 27),
    ("blind79", 72, 36, 30),
    ("blind73", 73, 27, 25),
    ("blind74", 74, 36, 51),
    ("blind77", 65, 37, 20),
    ("blind76", 66, 26, 20),
    ("blind81", 74, 46, 49),
    ("blind80", 69, 31, 25),
    ("blind84", 70, 41, 48),
    ("blind82", 69, 35, 29),
    ("blind83", 67, 30, 22),
]


@pytest.mark.parametrize(("name", "reports", "countries", "non_violent"), BLIND_SET_SIZES)
def test_a_blind_set_has_its_reports_countries_and_non_violent_stories(
    name: str, reports: int, countries: int, non_violent: int
) -> None:
    entries = yaml.safe_load(SETS[name].read_text(encoding="utf-8"))
    assert len(entries) >= reports
    assert len(by_country(SETS[name])) >= countries
    assert sum(bool(r["gold"].get("no_events")) for r in entries) >= non_violent


def test_the_eighth_blind_set_is_half_full_length_articles() -> None:
    reports = yaml.safe_load(SETS["blind8"].read_text(encoding="utf-8"))
    assert sum(len(r["text"].split()) >= 250 for r in reports) * 2 >= len(reports)


def test_the_sixty_fourth_blind_set_is_half_full_length_articles() -> None:
    reports = yaml.safe_load(SETS["blind64"].read_text(encoding="utf-8"))
    assert sum(len(r["text"].split()) >= 250 for r in reports) * 2 >= len(reports)


def test_the_thirteenth_blind_set_is_short_items() -> None:
    reports = yaml.safe_load(SETS["blind13"].read_text(encoding="utf-8"))
    assert all(len(r["text"].split()) <= 40 for r in reports)


# Places an event names that the gold does not (neither a gold place nor inside or around one), per
# set, as measured after the twenty-first blind set's fixes (the twenty-second's to thirty-fifth's
# after their own, blind4's and blind13's after the twenty-sixth's, blind6's after the
# twenty-seventh's; fourteen lowered by one or two with the West Bank's villages placed by
# governorate, five by one with the thirty-second's, three by one with the thirty-first's (the
# strike an attack answers read as background), four by one with the thirty-fifth's (a city's
# quarter, "حي X بمدينة Y", not a namesake town elsewhere), two by one with the thirty-eighth's (an
# operation with no toll is no incident), sixteen by one to six with the forty-first's (the towns
# the gazetteer lacked, and a town placed by its direction from another is the site, the other town
# only its point); bench/README.md, "West Bank villages by governorate", "Common words read as
# places" and after): each is a subscriber alerted about an incident elsewhere. blind15's rose by
# one with towns found by sound: "قرب بلدة بنيامينا جنوب حيفا" is Binyamina, in the Haifa District
# its gold names, which the gazetteer has no division for. blind18's by one with a communiqué's
# killing read ("قضت مفرزة ... على ثلاثة إرهابيين"): its Tipasa, whose gold id (Tipaza province) the
# gazetteer has no division for. blind39's lowered by one with the forty-sixth's (a sentence "ويأتي
# القصف بينما ..." tells what the incident coincided with, and its city is no site). blind18's and
# blind25's lowered by one with the forty-fourth's (a town said to lie in a city it is not near is
# the city's quarter: "فرع لمصرف كابل في مدينة قندوز" is not in Kabul). Twelve lowered by one to
# three with the forty-fifth's (a town measured from another, "الواقعة على بعد ... من Y", is the
# site and the other its point; a bare point named like the site's province is that province; a
# quarter named like a foreign town is the article's city's). blind26's and blind36's lowered by one
# with the forty-seventh's (a village said to belong to a district named after a town is the site,
# the town none: "قاعدة حرير التابعة لقضاء شقلاوة"; a family name after two given names is no
# place). blind28's lowered by two with the forty-ninth's (a Sohag village the gazetteer now holds).
# blind8's, blind30's, blind41's and blind45's lowered by one or two with the fiftieth's (a site "في
# مديرية Y" lies in the seat's district, the seat no place; where attackers fled is no place; "حارة"
# is a quarter's word; the villages and districts the gazetteer lacked). blind8's, blind16's,
# blind19's, blind37's and blind40's lowered by one each with the fifty-seventh's (the country
# across a border, "على الحدود مع الجزائر", is no place of a site in another; Akkar's Bebnine and
# Pakistan's Kalat bare, which the gazetteer lacked). blind37's, blind41's, blind42's and blind51's
# lowered by one with the fifty-sixth's (a search operation, "بحث", is no plea, so a communiqué's
# places stay the incident's; what an incident coincided with, "، في وقت ..."، names no site; Bordj
# Badji Mokhtar's province). blind24's rose by one with it: Umm Sayala, now in the gazetteer, is
# named beside Bara as the second town an army retook ("استعاد مدينة بارا ومنطقة أم سيالة"), where
# that set's gold names Bara only. blind37's is one lower with the two sets' fixes together.
# blind17's and blind20's lowered by one and two with the fifty-eighth's (a town named with its
# town word and measured after a comma, "بلدة X، على بعد ... من مدينة Y", is the site and Y its
# point; Tillaberi's Fambita, one of the villages of Africa's wars the gazetteer lacked, no longer
# leaves its report to the dateline's Niamey and the border's Mali).
# blind59's is pinned at one after its own fixes (a group's usual ground, "التي تنشط في", is no
# site; Morocco's "جماعة" a place word): its Zakho, named as a source's and an official's office
# ("مصدر في إدارة قضاء زاخو"، "قائمقام زاخو") beside the village struck.
# blind60's is pinned at none after its own fixes (what a strike coincided with, "، في وقت ...",
# is a clause of its own, and its town no site; Tyre's Siddiqine and Manfalut's Bani Adi).
# blind7's and blind53's lowered to five and six with the sixty-second's (Ankara's Kahramankazan, not
# Russia's Kazan; the districts of Pakistan's communiqués). blind62's is pinned at eight after its
# own fixes (the districts and towns of the governments' and the groups' communiqués the gazetteer
# lacked, Kech at its seat Turbat, Aleppo's Kurdish quarters inside the city): a Mozambique
# village the gazetteer lacks (its district's town and province named instead), two datelines
# (Ankara for a strike in Iraq, Sanaa for a ship off Hodeidah), a hospital's district, the
# Palestine of "موانئ فلسطين المحتلة", Jableh beside its village and Lake Chad's "تشاد".
# blind61's is pinned at none after its own fixes; blind8's, blind14's, blind19's, blind21's,
# blind25's, blind38's and blind53's lowered by one with them (where a vehicle was bound, "قافلة
# متجهة إلى باماكو"، "حافلة متجهة إلى كويتا"، is no site unless it lies near a town of the
# sentence). With both sets' rules together blind53's is one lower again and blind62's seven.
# blind62's and blind33's lowered to seven and four when a lake, a gulf or a river named after a
# country ("بحيرة تشاد"، "نهر النيجر") stopped being read as that country; blind62's to five and
# blind2's, blind3's, blind8's, blind10's, blind18's, blind22's and blind53's by one each when a
# dateline in another country than the one the text names as the site stayed the desk ("أنقرة -
# ... شمالي العراق"), a country across a border ("على الحدود الشمالية مع سوريا") excepted. With
# the sixty-first and sixty-second sets' rules as well, blind8's, blind53's and blind62's are one
# lower again.
# blind11's rose by one with the sixty-third's gazetteer: its "قرية بمنطقة فاسكاري بولاية كاتسينا"
# is now placed in Faskari, the local government area named, where its gold gives the dateline's
# Katsina town (another area).
# blind63's is pinned at three after its own fixes (the towns, the county and the district the
# gazetteer lacked; the authorities seated in a capital, "السلطات العسكرية في واغادوغو"، and the
# victims' home, "عمال قادمين من إقليم البنجاب"، are no site): Khan Yunis beside its suburb Bani
# Suhayla, Baghdad city named as a district's point ("شمالي العاصمة بغداد"), both kept by design,
# and al-Harsha, the Zawiya suburb its text names as the site where its gold gives the city.
# blind43's lowered to one with them (the military authorities in Ouagadougou).
# With both the sixty-third's and the sixty-fourth's rules blind11's is seven (nine less two).
# blind64's is pinned at 13 after its own fixes (32 before them); thirteen others are lowered by
# one to five with them (blind8's 35 to 30, blind9's, blind11's, blind22's and blind26's by two or
# three, blind20's, blind21's, blind24's, blind49's, blind51's, blind53's and blind56's by one): a
# web article's list of related headlines under a bare "اقرأ أيضاً:" is other stories; a later
# clause that counts no one and names the told attack only definite ("واتهمت الوزارة، في بيان صدر
# في دمشق، ... بالوقوف وراء التفجير") retells it, its places the speakers' and the context's; an
# organisation's seat ("ومقره لندن"), a city naming an agreement or talks ("اتفاق بريتوريا"، "منبر
# جدة"), a launcher after its verb ("أطلقتها روسيا"), a clause dated a week or more before
# publication, and "المنشأة"/"الزكاة" as common nouns name no site. Its thirteen: a road's towns
# beside the site ("الطريق الواصل بين منبج وقرية العريمة"), a front's ongoing clashes, a source's
# or an official's office ("مصدر في قيادة عمليات كركوك"، "ناشط ... في تيلابيري")، the hospital the
# toll came from, a city a missile area is named after, yesterday's strike told with "كما", the
# minister's surname "كايا", a headline's bare "السليمانية" for the province and a neighbouring
# region in tension. blind73's rules lower four by one (blind8's to 29, blind22's to 12, blind40's
# to 6 and blind64's to 12): where the displaced went ("موجة نزوح كبيرة نحو بيروت"، "نزح أكثر من
# 25 ألف شخص نحو بغداد"), a Syrian village's district seat ("قرية تل حميس في ريف القامشلي") and
# the town of the hospital a toll came from ("مستشفى ناصر في خان يونس").
# blind81's and blind80's rules lower blind8's to 25: the city where a pact was signed ("اتفاق وقف
# إطلاق النار الموقع في الدوحة") and a state that speaks ("وقالت باكستان إنها") are no site.
# blind83's rules lower blind19's and blind21's to 5 and blind22's to 11: a road named by its two
# ends joined by a dash, and a district a village is said to belong to, are no second place.
# blind47's is lowered to 2 once Mali's Diboli lies in the Kayes region (Kayes beside it).
# blind37's is raised to 3 with the thirteenth incident set's Kayes region: its s26 names Kayes,
# Nioro du Sahel and Diboli, its gold Kayes alone; Nioro, filed inside the city of Kayes before,
# lies in the region now, beside the city, and counts as a place the gold does not hold (nothing
# else in the report changed).
FALSE_PLACES_AT_MOST = {
    "dev": 9, "heldout": 6, "world": 0, "blind": 1, "fresh": 0, "blind2": 6, "blind3": 2,
    "blind4": 6, "blind5": 3, "blind6": 5, "blind7": 5, "blind8": 25, "blind9": 2, "blind10": 4,
    "blind11": 7, "blind12": 5, "blind13": 4, "blind14": 7, "blind15": 3, "blind16": 2,
    "blind17": 5, "blind18": 15, "blind19": 5, "blind20": 6, "blind21": 5, "blind22": 11,
    "blind23": 2, "blind24": 1, "blind25": 7, "blind26": 14, "blind27": 4, "blind28": 12,
    "blind29": 3, "blind30": 2, "blind32": 2, "blind33": 4, "blind31": 9, "blind34": 1,
    "blind35": 2, "blind36": 2, "blind37": 3, "blind38": 3, "blind39": 2, "blind40": 6,
    "blind41": 13, "blind42": 2, "blind43": 1,
    "blind46": 2, "blind44": 4, "blind48": 4, "blind47": 2, "blind45": 12, "blind49": 1,
    "blind51": 2, "blind50": 7, "blind52": 5, "blind53": 2,
    "blind54": 4,
    "blind55": 6,
    "blind56": 2,
    "blind57": 5,
    "blind58": 2,
    "blind59": 1,
    "blind60": 0,
    "blind62": 4,
    "blind61": 0,
    "blind63": 3,
    "blind64": 12,
    # blind65's is pinned at five after its own fixes (six before them): Kirkuk city as the
    # hospital's, a village named as a road's end, Kurram beside its town Parachinar, Maiduguri as
    # the dateline of an attack in Damboa, and Chad's Lac region where the island is not in the
    # gazetteer (bench/README.md).
    "blind65": 4,
    # blind67's is pinned at one after its own fixes (five before them): Mogadishu, the capital a
    # town is measured from ("على بعد 30 كيلومترا غرب العاصمة مقديشو"), kept by design as
    # `capital_words` says (bench/README.md).
    "blind67": 1,
    # blind66's is pinned at two after its own fixes (six before them), and blind53's lowered to two
    # with them (central Mali's Boni, which the gazetteer lacked): Kirkuk city as the police
    # source's office beside Hawija, and Zawiya's second gazetteer id (ly_az_zawiyah beside the
    # gold's ly_zawiya; bench/README.md).
    "blind66": 2,
    # blind68's is pinned at nine after its own fixes (eleven before them): the villages and the
    # Algerian commune the gazetteer lacks (Zaghitun, Barbouche, Ntoyo, Maadan Atiq) leave their
    # district, province or a namesake in their place, Zawiya's second id, Mopti city for central
    # Mali's Boni in "منطقة موبتي", and "جبل السلوم" read as Egypt's Sallum (bench/README.md).
    "blind68": 9,
    # blind69's is pinned at three after its own fixes (seven before them): Baghdad, the capital
    # a district is placed from ("قضاء الطارمية شمالي العاصمة بغداد"), kept by design as
    # `capital_words` says; Basra city for the Basra police's source and the headline's "شمال
    # البصرة" beside al-Qurnah; and al-Hurshah, west of Zawiya, a town of its own in GeoNames
    # where the gold gives the city (bench/README.md).
    "blind69": 3,
    # blind71's is pinned at eight after its own fixes (twenty-five before them): a district's
    # seat named beside its village ("قرية ود النورة بمحلية المناقل"), Samarra as the operations
    # command's name, Iran's Kaj for Kabul's Kaj education centre, Tulkarm for the Nur Shams camp
    # (placed in its city by design, extra_towns.yaml), the Omar oil field beside Dhiban, Palmyra's
    # hospital and the Homs desert beside al-Sukhnah, and Jabal al-Zawiya beside al-Bara
    # (bench/README.md).
    "blind71": 8,
    # blind72's is pinned at seven (twelve before its own fixes, eight after them; Kayes beside
    # Diboli went once Diboli lay in the Kayes region): Somalia's Bari and
    # Bosaso for Togjaalo (the dateline and the province beside a village the gazetteer lacks),
    # Chad's Pala for Duhok's "برواري بالا", Basra beside al-Qurnah, Tasil on
    # the road from Nawa, GeoNames' duplicate Zawiya and N'Djamena for Mangalmé (bench/README.md).
    "blind72": 7,
    # blind73's is pinned at three (five after its own fixes, thirty before them; al-Mawasi's row
    # of the twelfth incident set takes two): the camps named of their own that the earlier sets
    # place in their city and blind73's gold gives as themselves (Abu Shouk for El Fasher, al-Far'a
    # for Tubas), and Basra city for the Basra police's source beside its district al-Madina
    # (bench/README.md). Two since blind80's row for the Far'a camp.
    "blind73": 2,
    # blind70's is pinned at five (seven after its own fixes, eleven before them; two fewer with the
    # twelfth incident set's rules): datelines and outlets
    # read as sites (Nairobi, Niamey, Aden of "عدن الغد"), Metula for Kenscoff's "المطلة",
    # the provinces of a site "between" two (Mutaibija, left out of the gazetteer) and Timbuktu
    # for Ber's "شرقي تمبكتو" (bench/README.md).
    "blind70": 5,
    # blind75's is pinned at two after its own fixes (nine before them): Aden's al-Mansurah
    # district, the office a victim headed ("مدير أمن مديرية المنصورة"), and Quetta, the dateline a
    # claim's own event falls back on when its only place is inside the claimant's name ("جيش
    # تحرير بلوشستان"; bench/README.md).
    "blind75": 2,
    # blind78's is pinned at six after its own fixes (eleven before them): Hodeidah and Sanaa, the
    # other provinces a sentence says the American strikes also hit ("طالت أيضاً محافظتي الحديدة
    # وصنعاء"), Zawiya's al-Harsha (a place of its own in the data), El Obeid and North Kordofan
    # for a village south of it the data lacks, and Gao for a road "between Gao and Ansongo"
    # (bench/README.md).
    "blind78": 6,
    # blind79's is pinned at one after its own fixes (four before them): Khan Yunis, the city a
    # town is placed from ("بلدة بني سهيلا شرق مدينة خان يونس"), as blind76's; Chad's Bol for the
    # given name "بول" and Chad and N'Djamena for Salamat, which the data lacked, went
    # (bench/README.md).
    "blind79": 1,
    # blind74's is pinned at one after its own fixes (four before them): Baghdad, the capital a
    # district is placed from ("قضاء الطارمية شمالي العاصمة بغداد"), kept by design as
    # `capital_words` says (bench/README.md).
    "blind74": 1,
    # blind77's is four before and after its fixes: Kaura Namoda's Ora went with the town's row,
    # Tillaberi came for Banibangou (the denier's own figure is now a clause of its own, the site
    # stayed in the denied part); El Obeid for South Sudan's White Army ("الجيش الأبيض"), Basra for
    # the Qurnah district and Bosaso for Iskushuban remain (bench/README.md).
    "blind77": 4,
    # blind76's is pinned at two after its own fixes (sixteen before them, thirteen with two gold
    # ids corrected): Khan Yunis, the city a town is placed from ("بلدة بني سهيلا شرقي مدينة خان
    # يونس"), and Saada for the source's hospital named after it ("مستشفى صعدة الجمهوري";
    # bench/README.md).
    "blind76": 2,
    # blind81's is pinned at three after its own fixes (four before them): Jableh for a village of
    # its countryside the data lacks (Bayt Ana, left out: blind29's gold gives the district's town
    # for the same village), Basra for the police command a source speaks from ("مصدر في شرطة
    # البصرة") and Sanaa for the ministry that gave the toll ("وزارة الصحة في صنعاء", left: in
    # another report the ministry's city is the site; bench/README.md).
    "blind81": 3,
    # blind80's is pinned at one after its own fixes (seventeen before them): El Fasher for the
    # Abu Shouk camp, left out of the gazetteer for the incident sets' sake (bench/README.md).
    "blind80": 1,
    # blind84's is one before and after its fixes: Baghdad for the capital a town is placed
    # from ("في منطقة الطارمية شمالي العاصمة بغداد"; bench/README.md).
    "blind84": 1,
    # blind82's is pinned at five after its own fixes (thirteen before them): Dayr Hafir and
    # al-Qutaynah, the towns a village is placed near ("قرية X قرب بلدة Y"), Basra for the police
    # command a source speaks from, Sanaa for the city a denier speaks from, and Amman for the
    # dateline of a report that names no site but a border (bench/README.md).
    "blind82": 5,
    # blind83's is pinned at three after its own fixes (eighteen before them, fifteen with two gold
    # ids corrected): Sanaa for the ministry that gave the toll, El Obeid for South Sudan's White
    # Army (as in blind77) and al-Zawiya, the city al-Hurshah is placed from and within a suburb's
    # reach of (bench/README.md).
    "blind83": 3,
}


@pytest.mark.parametrize(("name", "most"), FALSE_PLACES_AT_MOST.items())
def test_false_places_do_not_grow(name: str, most: int) -> None:
    assert evaluate(SETS[name])["false_places"] <= most
