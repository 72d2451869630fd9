#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""tst_verify_html: sync/dossier/web/verify.html in Debian's headless Chromium.

Drives the page as a jury would (open file:///…/verify.html, choose a bundle in the file
input, read the verdict and the reasons from the page), through the DevTools protocol over
a pipe (--remote-debugging-pipe): Python's standard library only, no network.

  1. verify.html is what build.py makes of its sources;
  2. the page's RFC 8785 and RFC 9162 code against tests/data/jcs and tests/data/merkle;
  3. the bundles of make_bundles.py (good and tampered), those the C++ exporter left in
     --exporter-bundles, and those of $JALON_BUNDLES_DIR: good-*.json must be valid;
     bad-*.json must not be, and each line of the sidecar bad-*.expect must appear in the
     reasons the English page gives;
  4. the centre's key typed in by the jury, French by default, the language switch, the
     JavaScript Ed25519 fallback, a tablet-sized screen;
  5. the time the page takes to verify the biggest bundle.

A screenshot per bundle is kept in --out/screenshots.
"""
import argparse
import base64
import fcntl
import json
import os
import pathlib
import select
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[2]
MAX_MS = float(os.environ.get("JALON_VERIFY_MAX_MS", "3000"))  # fail above; 1 s is the goal


class Failure(Exception):
    pass


# ------------------------------------------------------------------ DevTools over a pipe
class Browser:
    def __init__(self, binary, profile, lang="fr-FR"):
        self.to_chrome_r, self.to_chrome_w = os.pipe()
        self.from_chrome_r, self.from_chrome_w = os.pipe()

        def child_fds():
            # Chromium reads commands on fd 3 and writes answers on fd 4.
            a = fcntl.fcntl(self.to_chrome_r, fcntl.F_DUPFD, 10)
            b = fcntl.fcntl(self.from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(a, 3)
            os.dup2(b, 4)

        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--remote-debugging-pipe", f"--user-data-dir={profile}", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--mute-audio",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,900",
                f"--lang={lang}", "--allow-file-access-from-files", "about:blank"]
        env = dict(os.environ, LANGUAGE=lang.replace("-", "_"), LC_ALL="C.UTF-8")
        self.log = open(pathlib.Path(profile) / "chromium.log", "wb")
        self.proc = subprocess.Popen(args, preexec_fn=child_fds, close_fds=False, stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=self.log, env=env)
        os.close(self.to_chrome_r)
        os.close(self.from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.session = None
        self.requests = []  # every URL the page asked for
        self.errors = []    # exceptions, console errors, CSP reports

    def send(self, method, params=None, session=True, timeout=60):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_chrome_w, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            for reply in self._read(deadline):
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise Failure(f"{method}: {reply['error']}")
                    return reply.get("result", {})
                self.watch(reply)

    def watch(self, event):
        method, params = event.get("method"), event.get("params", {})
        if method == "Network.requestWillBeSent":
            self.requests.append(params["request"]["url"])
        elif method == "Runtime.exceptionThrown":
            self.errors.append(params["exceptionDetails"].get("exception", {}).get("description") or params["exceptionDetails"].get("text"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            self.errors.append(params["entry"]["text"])
        else:
            self.events.append(event)

    def _read(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise Failure("Chromium did not answer in time")
            ready, _, _ = select.select([self.from_chrome_r], [], [], left)
            if ready:
                chunk = os.read(self.from_chrome_r, 1 << 20)
                if not chunk:
                    raise Failure("Chromium closed the DevTools pipe (see chromium.log)")
                self.buffer += chunk
        messages = []
        while b"\0" in self.buffer:
            raw, self.buffer = self.buffer.split(b"\0", 1)
            messages.append(json.loads(raw))
        return messages

    def open_page(self):
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Network.enable")
        self.send("Log.enable")
        self.send("Emulation.setFocusEmulationEnabled", {"enabled": True})
        self.viewport(1280, 900)

    def languages(self, accept):
        """What navigator.language(s) say, as a browser set to that language would."""
        agent = self.evaluate("navigator.userAgent").replace("HeadlessChrome", "Chrome")
        self.send("Emulation.setUserAgentOverride", {"userAgent": agent, "acceptLanguage": accept})
        self.send("Emulation.setLocaleOverride", {"locale": accept.split(",")[0]})

    def viewport(self, width, height):
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def navigate(self, url):
        self.events.clear()
        self.send("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete' && !!window.JalonVerify", 30)

    def evaluate(self, expression, timeout=60):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in result:
            raise Failure(f"page error: {result['exceptionDetails'].get('exception', {}).get('description') or result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(f"!!({expression})"):
                return
            time.sleep(0.02)
        raise Failure(f"timed out waiting for {expression}")

    def click(self, selector):
        box = self.evaluate(f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                            f" return [r.x + r.width / 2, r.y + r.height / 2]; }})()")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left", "clickCount": 1})

    def type_into(self, selector, text):
        self.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.focus(); e.select(); }})()")
        for kind in ("rawKeyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": "Backspace", "code": "Backspace",
                                                 "windowsVirtualKeyCode": 8, "nativeVirtualKeyCode": 8})
        if text:
            self.send("Input.insertText", {"text": text})

    def choose_file(self, path):
        document = self.send("DOM.getDocument", {"depth": 1})
        node = self.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": "#file"})["nodeId"]
        self.send("DOM.setFileInputFiles", {"files": [str(path)], "nodeId": node})

    def drop_file(self, selector, path):
        """Drags a file from the desktop onto the element, as a person does."""
        box = self.evaluate(f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                            f" return [r.x + r.width / 2, r.y + r.height / 2]; }})()")
        data = {"items": [], "files": [str(path)], "dragOperationsMask": 1}
        for kind in ("dragEnter", "dragOver", "drop"):
            self.send("Input.dispatchDragEvent", {"type": kind, "x": box[0], "y": box[1], "data": data})

    def screenshot(self, path, max_height=7000):
        metrics = self.send("Page.getLayoutMetrics")
        size = metrics.get("cssContentSize") or metrics["contentSize"]
        width = metrics.get("cssLayoutViewport", metrics.get("layoutViewport"))["clientWidth"]
        clip = {"x": 0, "y": 0, "width": width, "height": min(size["height"], max_height), "scale": 1}
        shot = self.send("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
        pathlib.Path(path).write_bytes(base64.b64decode(shot["data"]))

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


READ_RESULT = """(() => {
  const root = document.getElementById('report');
  const verdict = document.getElementById('verdict');
  const timing = document.getElementById('timing');
  const text = sel => Array.from(document.querySelectorAll(sel)).map(e => e.textContent.trim());
  const statuses = { blocs: {}, competences: {}, obtained: null };
  for (const b of document.querySelectorAll('[data-bloc]')) statuses.blocs[b.dataset.bloc] = b.dataset.status;
  for (const c of document.querySelectorAll('[data-competence]')) statuses.competences[c.dataset.competence] = c.dataset.status;
  const cert = document.getElementById('certification');
  if (cert) statuses.obtained = cert.dataset.obtained === '1';
  return {
    run: Number(root.dataset.run), state: root.dataset.state,
    verdict: verdict ? verdict.dataset.verdict : null,
    title: document.getElementById('verdict-title') ? document.getElementById('verdict-title').textContent : null,
    problems: text('#problems li'),
    ms: timing ? Number(timing.dataset.ms) : null, verifyMs: timing ? Number(timing.dataset.verifyMs) : null,
    timingText: timing ? timing.textContent : '',
    fingerprint: document.getElementById('fingerprint') ? document.getElementById('fingerprint').textContent : null,
    cosigned: document.getElementById('cosigned') ? document.getElementById('cosigned').textContent : null,
    lang: document.documentElement.lang, statuses,
  };
})()"""


def verify_file(browser, path):
    before = browser.evaluate("Number(document.getElementById('report').dataset.run)")
    started = time.monotonic()
    browser.choose_file(path)
    browser.wait_for(f"document.getElementById('report').dataset.run > {before} && document.getElementById('report').dataset.state === 'done'", 120)
    wall = (time.monotonic() - started) * 1000
    result = browser.evaluate(READ_RESULT)
    result["wallMs"] = wall
    return result


def rerun_after(browser, action):
    before = browser.evaluate("Number(document.getElementById('report').dataset.run)")
    action()
    browser.wait_for(f"document.getElementById('report').dataset.run > {before} && document.getElementById('report').dataset.state === 'done'", 60)
    return browser.evaluate(READ_RESULT)


# ------------------------------------------------------------------ checks
class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"PASS  {name}")
        else:
            self.failed.append(name)
            print(f"FAIL  {name}{': ' + detail if detail else ''}")
        return condition


def judge(checks, name, result, expect_valid, expect_lines=(), statuses=None):
    reasons = "\n".join(result["problems"])
    if expect_valid:
        ok = result["verdict"] == "valid" and not result["problems"]
        checks.check(f"{name}: valid", ok, f"verdict {result['verdict']}, reasons:\n    " + reasons.replace("\n", "\n    "))
    else:
        ok = result["verdict"] == "invalid" and bool(result["problems"])
        checks.check(f"{name}: not valid, with a reason", ok, f"verdict {result['verdict']}, {len(result['problems'])} reason(s)")
        for line in expect_lines:
            checks.check(f"{name}: names “{line}”", line in reasons, "reasons given:\n    " + reasons.replace("\n", "\n    "))
    if statuses:
        got = result["statuses"]
        checks.check(f"{name}: certification {'obtained' if statuses['obtained'] else 'not obtained'}", got["obtained"] == statuses["obtained"], str(got["obtained"]))
        for kind in ("blocs", "competences"):
            wrong = {k: (v, got[kind].get(k)) for k, v in statuses[kind].items() if got[kind].get(k) != v}
            checks.check(f"{name}: {kind} statuses", not wrong, f"expected vs shown: {wrong}")


def bundles_in(directory):
    directory = pathlib.Path(directory).resolve()  # Chromium takes absolute paths only
    found = []
    for path in sorted(directory.glob("good-*.json")):
        if path.name.endswith(".statuses.json"):
            continue
        sidecar = path.with_name(path.name.split(".")[0] + ".statuses.json")
        found.append((path, True, [], json.loads(sidecar.read_text()) if sidecar.exists() else None, ""))
    for path in sorted(directory.glob("bad-*.json")):
        expect = path.with_name(path.name.split(".")[0] + ".expect")
        lines = [l.strip() for l in expect.read_text(encoding="utf-8").splitlines() if l.strip()] if expect.exists() else []
        found.append((path, False, lines, None, ""))
    return found


def self_tests(browser, checks):
    data = ROOT / "tests" / "data"
    for name in ("rfc8785-sample", "rfc8785-sorting"):
        source = (data / "jcs" / f"{name}.json").read_text(encoding="utf-8")
        expected = (data / "jcs" / f"{name}.canonical").read_bytes().decode("utf-8")
        got = browser.evaluate(f"JalonVerify.jcs(JSON.parse({json.dumps(source)}))")
        checks.check(f"JCS {name}", got == expected.rstrip("\n") or got == expected, f"{got!r}")
    numbers = [l.split() for l in (data / "jcs" / "numbers.txt").read_text().splitlines() if l and not l.startswith("#")]
    bad = browser.evaluate("""((rows) => rows.filter(([bits, text]) => {
        const view = new DataView(new ArrayBuffer(8)); view.setBigUint64(0, BigInt('0x' + bits));
        return JalonVerify.jcs(view.getFloat64(0)) !== text; }))(%s)""" % json.dumps(numbers))
    checks.check(f"JCS numbers ({len(numbers)} vectors)", not bad, f"{bad[:3]}")
    vectors = (data / "merkle" / "vectors.json").read_text()
    wrong = browser.evaluate("""(async (v) => {
        const leaves = v.leafHashes.map(JalonVerify.fromHex), wrong = [];
        for (const c of v.inclusion) {
          const ok = await JalonVerify.verifyInclusion(leaves[c.index], c.index, c.size, c.proof.map(JalonVerify.fromHex), JalonVerify.fromHex(v.roots[c.size]));
          if (!ok) wrong.push(c.index + '/' + c.size);
          if (c.proof.length) {
            const bent = c.proof.map(JalonVerify.fromHex); bent[0] = new Uint8Array(32);
            if (await JalonVerify.verifyInclusion(leaves[c.index], c.index, c.size, bent, JalonVerify.fromHex(v.roots[c.size]))) wrong.push('bent ' + c.index + '/' + c.size);
          }
        }
        return wrong; })(%s)""" % vectors)
    count = len(json.loads(vectors)["inclusion"])
    checks.check(f"RFC 9162 inclusion ({count} vectors, and each bent)", not wrong, f"{wrong[:5]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, type=pathlib.Path, help="where bundles and screenshots go")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM"))
    parser.add_argument("--exporter-bundles", type=pathlib.Path,
                        help="bundles the C++ exporter wrote (tst_transparency), checked when present")
    args = parser.parse_args()
    page = ROOT / "sync" / "dossier" / "web" / "verify.html"
    out = args.out
    shots = out / "screenshots"
    bundles = out / "bundles"
    shots.mkdir(parents=True, exist_ok=True)
    for old in shots.glob("*.png"):
        old.unlink()
    checks = Checks()

    build = subprocess.run([sys.executable, str(ROOT / "sync" / "dossier" / "web" / "build.py"), "--check"], capture_output=True, text=True)
    checks.check("verify.html is up to date with its sources", build.returncode == 0, (build.stdout + build.stderr).strip())

    python_nacl = next((p for p in (sys.executable, "/usr/bin/python3") if subprocess.run(
        [p, "-c", "import nacl.signing"], capture_output=True).returncode == 0), None)
    if not python_nacl:
        print("FAIL  PyNaCl is missing: install Debian's python3-nacl")
        return 1
    made = subprocess.run([python_nacl, str(ROOT / "tests" / "web" / "make_bundles.py"), "--out", str(bundles)], capture_output=True, text=True)
    if made.returncode != 0:
        print(made.stdout + made.stderr)
        print("FAIL  make_bundles.py")
        return 1
    print(made.stdout.strip())

    binary = args.chromium or next((b for b in ("/usr/lib/chromium/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or "") if b and os.path.exists(b)), None)
    if not binary:
        print("FAIL  Chromium is missing: install Debian's chromium")
        return 1
    profile = tempfile.mkdtemp(prefix="jalon-verify-")
    browser = Browser(binary, profile, lang="fr-FR")
    url = page.as_uri()
    try:
        browser.open_page()
        print(f"Chromium: {browser.send('Browser.getVersion', session=False)['product']}")
        browser.languages("en-US,en")
        browser.navigate(url)
        checks.check("English by default when the browser is in English", browser.evaluate("document.documentElement.lang") == "en"
                     and "Check a certification dossier" == browser.evaluate("document.querySelector('h1').textContent"))
        browser.languages("fr-FR,fr")
        browser.navigate(url)
        self_tests(browser, checks)
        engine = browser.evaluate("JalonVerify.Ed25519.init().then(e => e)")
        print(f"Ed25519 engine in this Chromium: {engine}")

        # French by default (navigator.language fr-FR), as a jury in France sees it.
        checks.check("French by default when the browser is in French", browser.evaluate("document.documentElement.lang") == "fr"
                     and "Vérifier" in browser.evaluate("document.querySelector('h1').textContent"))
        checks.check("the file input has a visible label", browser.evaluate(
            "(() => { const l = document.querySelector('label[for=file]'); const r = l.getBoundingClientRect(); return r.width > 0 && r.height > 0 && l.textContent.trim().length > 0; })()"))
        good = bundles / "good-basic.jalon-dossier.json"
        r = verify_file(browser, good)
        checks.check("good-basic in French: « Dossier valide »", r["verdict"] == "valid" and r["title"] == "Dossier valide", str(r["title"]))
        browser.screenshot(shots / "good-basic.fr.png")
        browser.viewport(820, 1180)
        browser.screenshot(shots / "good-basic.fr.tablet.png")
        browser.viewport(1280, 900)
        r = verify_file(browser, bundles / "bad-situation.jalon-dossier.json")
        checks.check("bad-situation in French: « Dossier non valide » with a reason in French",
                     r["verdict"] == "invalid" and any("la signature ne correspond pas" in p for p in r["problems"]), str(r["problems"][:2]))
        browser.screenshot(shots / "bad-situation.fr.png")

        # The language switch, clicked.
        browser.click("#lang-en")
        browser.wait_for("document.documentElement.lang === 'en'")
        checks.check("the switch to English", browser.evaluate("document.getElementById('verdict-title').textContent") == "Dossier not valid")

        # Every bundle, in English.
        cases = bundles_in(bundles)
        if args.exporter_bundles:
            exported = bundles_in(args.exporter_bundles) if args.exporter_bundles.is_dir() else []
            print(f"C++ exporter's bundles in {args.exporter_bundles}: "
                  + (f"{len(exported)}" if exported else "none (tst_transparency has not run): skipped"))
            cases += [(path, valid, lines, statuses, "exporter-") for path, valid, lines, statuses, _ in exported]
        extra = os.environ.get("JALON_BUNDLES_DIR")
        if extra:
            more = bundles_in(extra)
            print(f"JALON_BUNDLES_DIR={extra}: {len(more)} bundle(s)")
            if not more:
                checks.check(f"JALON_BUNDLES_DIR holds good-*.json or bad-*.json bundles", False, extra)
            cases += [(path, valid, lines, statuses, "env-") for path, valid, lines, statuses, _ in more]
        biggest = max(cases, key=lambda c: c[0].stat().st_size)[0]
        timings = {}
        for path, valid, lines, statuses, source in cases:
            name = source + path.name.split(".")[0]
            if not valid and not lines and source:
                checks.check(f"{name}: has a sidecar {name}.expect", False)
            r = verify_file(browser, path)
            judge(checks, name, r, valid, lines, statuses)
            timings[path] = r
            browser.screenshot(shots / f"{name}.png")

        # Dropped on the page instead of chosen.
        before = browser.evaluate("Number(document.getElementById('report').dataset.run)")
        browser.evaluate("window.scrollTo(0, 0)")
        browser.drop_file("#drop", bundles / "bad-fork.jalon-dossier.json")
        browser.wait_for(f"document.getElementById('report').dataset.run > {before} && document.getElementById('report').dataset.state === 'done'", 60)
        r = browser.evaluate(READ_RESULT)
        judge(checks, "bad-fork dropped on the page", r, False, ["fork"])

        # The jury types the centre's key in.
        bundle = json.loads(good.read_text(encoding="utf-8"))
        r = verify_file(browser, good)
        r = rerun_after(browser, lambda: browser.type_into("#vkey", bundle["centre"]["key"]))
        checks.check("good-basic with the centre's key typed in: valid", r["verdict"] == "valid", str(r["problems"]))
        other = json.loads((bundles / "good-big.jalon-dossier.json").read_text(encoding="utf-8"))["centre"]["key"]
        r = rerun_after(browser, lambda: browser.type_into("#vkey", other))
        judge(checks, "good-basic with another centre's key typed in", r, False, ["Centre's key — the centre's key in the dossier does not match the key you entered"])
        checks.check("good-basic with another centre's key typed in: one reason, not one per event", len(r["problems"]) == 1, str(r["problems"][:3]))
        browser.screenshot(shots / "good-basic.wrong-centre-key.png")
        rerun_after(browser, lambda: browser.type_into("#vkey", ""))

        # The big bundle: time, several runs, the best and the worst shown.
        runs = [verify_file(browser, biggest) for _ in range(3)]
        first = timings[biggest]
        every = [first] + runs
        print(f"TIME  {biggest.name} ({biggest.stat().st_size // 1024} KiB, "
              f"{len(json.loads(biggest.read_text(encoding='utf-8'))['events'])} events): page verification "
              + ", ".join(f"{x['verifyMs']:.0f} ms" for x in every) + " (verify);  "
              + ", ".join(f"{x['ms']:.0f} ms" for x in every) + " (verify + render);  from choosing the file: "
              + ", ".join(f"{x['wallMs']:.0f} ms" for x in every))
        best = min(x["ms"] for x in every)
        checks.check(f"{biggest.name} verified and shown in under {MAX_MS:.0f} ms (best {best:.0f} ms)", best < MAX_MS)

        # The JavaScript fallback, for browsers whose WebCrypto has no Ed25519.
        browser.navigate(url + "?ed25519=js")
        r = verify_file(browser, good)
        checks.check("good-basic with @noble/ed25519: valid", r["verdict"] == "valid" and "@noble/ed25519" in r["timingText"], f"{r['problems']} {r['timingText']}")
        print(f"TIME  good-basic with @noble/ed25519: {r['verifyMs']:.0f} ms")
        r = verify_file(browser, bundles / "bad-situation.jalon-dossier.json")
        judge(checks, "bad-situation with @noble/ed25519", r, False, ["the signature does not match"])
        r = verify_file(browser, bundles / "bad-checkpoint-key.jalon-dossier.json")
        judge(checks, "bad-checkpoint-key with @noble/ed25519", r, False, ["not signed by the centre's key"])
        browser.evaluate("1")  # collect what is pending
        outside = [u for u in browser.requests if not u.startswith(("file:", "data:", "about:", "blob:"))]
        checks.check(f"no network request ({len(browser.requests)} requests, all local)", not outside, str(outside[:5]))
        checks.check("no error in the page's console", not browser.errors, "\n    ".join(map(str, browser.errors[:5])))
    except Failure as error:
        checks.check("the browser session", False, str(error))
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"screenshots: {shots}")
    print(f"{checks.passed} passed, {len(checks.failed)} failed")
    return 0 if not checks.failed else 1


if __name__ == "__main__":
    sys.exit(main())
