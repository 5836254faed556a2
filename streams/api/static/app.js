"use strict";
// The monitoring-room page: incident cards for one team, live over /alerts/stream (read with
// fetch, which can send the team token; EventSource cannot), a Leaflet map that needs no tile
// server, filters, a subscription form and an opt-in notification with sound.

const TYPES = {
  airstrike: "غارة جوية", shelling: "قصف", explosion: "انفجار", armed_clash: "اشتباك مسلح",
  ambush: "كمين", assassination: "اغتيال", attack: "هجوم", other: "حادث آخر",
};
const FIELDS = {
  name: "الاسم", keywords: "الكلمات المفتاحية", exclude: "الكلمات المستبعدة", places: "الأماكن",
  actors: "الجهات", types: "الأنواع", min_killed: "حد القتلى", min_injured: "حد الجرحى",
  channels: "القنوات", policy: "السياسة", sources: "المصادر",
};
const SYRIA = [[32.3, 35.6], [37.35, 42.4]];
const digits = new Intl.NumberFormat("ar-u-nu-arab");
const relative = new Intl.RelativeTimeFormat("ar-u-nu-arab", { numeric: "auto" });
const $ = (id) => document.getElementById(id);

const state = { token: sessionStorage.getItem("nw-token") || "", cards: [], seen: new Set(), first: true,
                lastEventId: null, stream: null, map: null, layer: null, reload: null };

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function n(value) { return digits.format(value); }

function ago(stamp) {
  if (!stamp) return "";
  const then = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(stamp) ? stamp : stamp + "Z");
  const seconds = Math.round((then.getTime() - Date.now()) / 1000);
  const steps = [[60, "second"], [60, "minute"], [24, "hour"], [30, "day"], [12, "month"], [Infinity, "year"]];
  let value = seconds;
  for (const [size, unit] of steps) {
    if (Math.abs(value) < size) return relative.format(Math.round(value), unit);
    value /= size;
  }
  return "";
}

async function api(path, options = {}) {
  const headers = Object.assign({ Authorization: "Bearer " + state.token }, options.headers || {});
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (response.status === 401) { logout("انتهت صلاحية الرمز أو أنه غير صحيح."); throw new Error("401"); }
  return response;
}

// Status badge: what /healthz says, not what the page hopes.
async function checkHealth() {
  const badge = $("status");
  try {
    const body = await (await fetch("/healthz")).json();
    const ok = body.status === "ok";
    const down = !body.reachable ? "المخزن لا يستجيب" : body.stream_reachable === false ? "البث لا يستجيب" : "";
    const sources = (body.failing_sources || []).join("، ");
    badge.textContent = ok ? "الخادم يعمل" : "الخادم متدهور: " + (down || "مصادر متعثرة: " + sources);
    badge.className = "badge " + (ok ? "ok" : "warn");
  } catch (err) {
    badge.textContent = "الخادم لا يستجيب";
    badge.className = "badge down";
  }
}

function tollText(card) {
  const parts = [];
  if (card.killed) {
    const range = card.killed_min !== card.killed_max ? ` (${n(card.killed_min)}–${n(card.killed_max)})` : "";
    parts.push(["قتلى", n(card.killed) + range]);
  }
  if (card.injured) parts.push(["جرحى", n(card.injured)]);
  return parts;
}

function chip(cls, ar, en) {
  const node = el("span", "chip " + cls, ar || en);
  if (en) node.title = en;
  return node;
}

function cardNode(card, fresh) {
  const inc = card.incident;
  const li = el("li", "card" + (card.updated ? " updated" : "") + (card.acked_at ? " acked" : "") + (fresh ? " fresh" : ""));
  li.dataset.incident = card.incident_id;
  const head = el("div", "head");
  head.append(el("span", "type", TYPES[inc.type] || inc.type));
  if (card.updated) head.append(el("span", "mark", "محدَّث"));
  if (card.silenced_until) head.append(el("span", "mark silenced", "مكتوم"));
  head.append(el("span", "meta", ago(card.last_alert_at)));
  li.append(head);
  const places = el("div", "chips");
  for (const loc of inc.locations || []) places.append(chip("place", loc.name_ar, loc.name_en));
  for (const actor of inc.actors || []) places.append(chip("actor", actor.name_ar, actor.name_en));
  li.append(places);
  const toll = el("div", "toll");
  const parts = tollText(card);
  if (!parts.length) toll.append(el("span", "meta", "لا حصيلة معلنة"));
  parts.forEach(([label, value], i) => {
    if (i) toll.append(" · ");
    toll.append(label + ": ");
    toll.append(el("b", "", value));
  });
  li.append(toll);
  if (inc.evidence) li.append(el("p", "evidence", inc.evidence));
  const subs = el("div", "chips");
  for (const sub of card.subscriptions) subs.append(el("span", "chip sub", sub.name));
  li.append(subs);
  const foot = el("div", "foot");
  foot.append(el("span", "", "المصادر: " + n(card.sources)));
  foot.append(el("span", "", "التنبيهات: " + n(card.alerts)));
  if (inc.date_start) foot.append(el("span", "", inc.date_start));
  if (!card.acked_at) {
    const ack = el("button", "quiet", "تمّت المتابعة");
    ack.type = "button";
    ack.addEventListener("click", async () => {
      await api(`/incidents/${encodeURIComponent(card.incident_id)}/ack`, { method: "POST" });
      loadCards();
    });
    foot.append(ack);
  }
  li.append(foot);
  return li;
}

function visible(card) {
  const sub = $("f-sub").value, type = $("f-type").value, place = $("f-place").value.trim();
  if (sub && !card.subscriptions.some((s) => s.id === sub)) return false;
  if (type && card.incident.type !== type) return false;
  if (place) {
    const names = (card.incident.locations || []).flatMap((l) => [l.name_ar, l.name_en, l.id, l.admin1 || ""]);
    if (!names.some((name) => (name || "").toLowerCase().includes(place.toLowerCase()))) return false;
  }
  return true;
}

function render(freshIds) {
  const list = $("cards");
  const shown = state.cards.filter(visible);
  list.replaceChildren(...shown.map((c) => cardNode(c, freshIds.has(c.incident_id))));
  if (!shown.length) list.append(el("li", "empty", "لا حوادث مطابقة بعد."));
  $("count").textContent = "عدد الحوادث: " + n(shown.length);
  drawMap(shown);
}

function drawMap(cards) {
  if (!window.L) return;
  if (!state.map) {
    state.map = L.map("map", { zoomControl: true, attributionControl: false }).fitBounds(SYRIA);
    state.layer = L.layerGroup().addTo(state.map);
  }
  state.layer.clearLayers();
  for (const card of cards) {
    const loc = (card.incident.locations || []).find((l) => l.lat !== null && l.lon !== null);
    if (!loc) continue;
    const radius = 6 + Math.min(18, Math.sqrt(card.killed || 0) * 3);
    L.circleMarker([loc.lat, loc.lon], { radius, color: card.updated ? "#f0a73a" : "#e5533d", weight: 2, fillOpacity: .5 })
      .bindTooltip(`${TYPES[card.incident.type] || card.incident.type} — ${loc.name_ar}`, { direction: "top" })
      .addTo(state.layer);
  }
}

function notify(fresh) {
  if (!$("notify").checked || !fresh.length) return;
  if ("Notification" in window && Notification.permission === "granted") {
    const card = fresh[0];
    const place = (card.incident.locations[0] || {}).name_ar || "";
    new Notification("حادث جديد: " + (TYPES[card.incident.type] || card.incident.type), { body: place, lang: "ar", dir: "rtl" });
  }
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    tone.frequency.value = 880;
    tone.connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.25);
  } catch (err) { /* sound is a courtesy */ }
}

async function loadCards() {
  const response = await api("/alerts?group=incident&limit=200");
  if (!response.ok) return;
  const body = await response.json();
  const fresh = body.incidents.filter((c) => !state.seen.has(c.incident_id + ":" + c.incident.version));
  const freshIds = new Set(state.first ? [] : fresh.map((c) => c.incident_id));
  for (const c of body.incidents) state.seen.add(c.incident_id + ":" + c.incident.version);
  if (!state.first) notify(fresh);
  state.first = false;
  state.cards = body.incidents;
  render(freshIds);
}

function scheduleReload() {
  clearTimeout(state.reload);
  state.reload = setTimeout(loadCards, 200);
}

async function listen() {
  const live = $("live");
  while (state.token) {
    const controller = new AbortController();
    state.stream = controller;
    try {
      const headers = { Authorization: "Bearer " + state.token };
      if (state.lastEventId) headers["Last-Event-ID"] = state.lastEventId;
      const response = await fetch("/alerts/stream", { headers, signal: controller.signal });
      if (!response.ok) throw new Error("stream " + response.status);
      live.textContent = "البث مباشر"; live.className = "badge ok";
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let cut;
        while ((cut = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const id = block.split("\n").find((line) => line.startsWith("id: "));
          if (id) state.lastEventId = id.slice(4);
          if (block.includes("\ndata: ") || block.startsWith("data: ")) scheduleReload();
        }
      }
    } catch (err) {
      if (controller.signal.aborted) return;
    }
    live.textContent = "انقطع البث، إعادة المحاولة…"; live.className = "badge down";
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

function list(value) {
  return value.split(/[,،\n]/).map((v) => v.trim()).filter(Boolean);
}

function subscriptionBody(form) {
  const data = new FormData(form);
  const body = {
    name: data.get("name"), keywords: list(data.get("keywords")), exclude: list(data.get("exclude")),
    places: list(data.get("places")), actors: list(data.get("actors")), types: data.getAll("types"),
    min_killed: Number(data.get("min_killed") || 0), min_injured: Number(data.get("min_injured") || 0),
    channels: list(data.get("channels")),
    policy: { mode: data.get("mode"), updates: data.get("updates") === "on" },
  };
  if (body.policy.mode === "digest") body.policy.every_hours = Number(data.get("every_hours") || 0);
  return body;
}

async function saveSubscription(event) {
  event.preventDefault();
  const errors = $("sub-errors");
  errors.replaceChildren();
  $("sub-done").textContent = "";
  const response = await api("/subscriptions", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify(subscriptionBody(event.target)),
  });
  const body = await response.json();
  if (!response.ok) {
    for (const problem of body.fields.length ? body.fields : [{ field: "", reason: body.error }]) {
      const key = problem.field.split(".")[1] || "";
      errors.append(el("li", "", (FIELDS[key] || key) + ": " + problem.reason));
    }
    return;
  }
  $("sub-done").textContent = "حُفظ الاشتراك «" + body.name + "»؛ يبدأ الرصد خلال ثوانٍ.";
  event.target.reset();
  $("sub-panel").hidden = true;
  loadSubscriptions();
}

async function loadSubscriptions() {
  const body = await (await api("/subscriptions")).json();
  const select = $("f-sub");
  const current = select.value;
  select.replaceChildren(el("option", "", "كل الاشتراكات"));
  select.firstChild.value = "";
  for (const sub of body.subscriptions) {
    const option = el("option", "", sub.name);
    option.value = sub.id;
    select.append(option);
  }
  select.value = current;
}

function setUpControls() {
  const typeSelect = $("f-type");
  const box = $("types-box");
  for (const [id, label] of Object.entries(TYPES)) {
    const option = el("option", "", label);
    option.value = id;
    typeSelect.append(option);
    const tick = el("label", "toggle");
    const input = el("input");
    input.type = "checkbox"; input.name = "types"; input.value = id;
    tick.append(input, " " + label);
    box.append(tick);
  }
  for (const id of ["f-sub", "f-type", "f-place"]) $(id).addEventListener("input", () => render(new Set()));
  $("show-form").addEventListener("click", () => { $("sub-panel").hidden = !$("sub-panel").hidden; });
  $("sub-form").addEventListener("submit", saveSubscription);
  $("notify").addEventListener("change", (event) => {
    if (event.target.checked && "Notification" in window && Notification.permission === "default") {
      Notification.requestPermission();
    }
  });
  $("login-form").addEventListener("submit", login);
  $("logout").addEventListener("click", () => logout(""));
}

async function login(event) {
  event.preventDefault();
  state.token = $("token").value.trim();
  const response = await fetch("/teams/me", { headers: { Authorization: "Bearer " + state.token } });
  if (!response.ok) {
    $("login-error").textContent = "الرمز غير صحيح.";
    state.token = "";
    return;
  }
  sessionStorage.setItem("nw-token", state.token);
  start((await response.json()).name);
}

function logout(message) {
  sessionStorage.removeItem("nw-token");
  state.token = "";
  if (state.stream) state.stream.abort();
  $("room").hidden = true; $("logout").hidden = true; $("login").hidden = false;
  $("team").textContent = "";
  $("login-error").textContent = message;
}

function start(teamName) {
  $("login").hidden = true; $("room").hidden = false; $("logout").hidden = false;
  $("team").textContent = "الفريق: " + teamName;
  state.first = true; state.seen.clear();
  loadSubscriptions();
  loadCards();
  listen();
  setInterval(() => render(new Set()), 30000); // relative times stay true
}

async function boot() {
  setUpControls();
  checkHealth();
  setInterval(checkHealth, 10000);
  if (!state.token) { logout(""); return; }
  const response = await fetch("/teams/me", { headers: { Authorization: "Bearer " + state.token } });
  if (response.ok) start((await response.json()).name); else logout("");
}

boot();
