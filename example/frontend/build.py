#!/usr/bin/env python3
"""Build the mini-app without npm: inject the build-time config, drop disabled feature
blocks, minify lightly, and write content-hashed assets plus a manifest.

  build.py --src src --out dist --api-base-url /api --ws-url /ws \
           --features items,websocket --version v1 [--asset-base-url /assets] [--no-hash]

Assets are always written to dist/assets/; --asset-base-url only changes the URLs the
page uses for them (e.g. a CDN that serves a copy of dist/assets/).
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import sys

KNOWN_FEATURES = ("items", "websocket", "debug")
BLOCK = re.compile(r"[ \t]*/\* @feature (\w+) \*/\n(.*?)[ \t]*/\* @end \*/\n", re.S)


def parse_features(raw: str) -> dict:
    """'items,websocket' or 'items -debug': listed names on, '-name' off, others off."""
    flags = {name: False for name in KNOWN_FEATURES}
    for token in re.split(r"[\s,]+", raw.strip()):
        if not token:
            continue
        on = not token.startswith("-")
        name = token.lstrip("+-")
        if name not in KNOWN_FEATURES:
            sys.exit(f"unknown feature flag {name!r} (known: {', '.join(KNOWN_FEATURES)})")
        flags[name] = on
    return flags


def strip_features(js: str, flags: dict) -> str:
    def keep(match):
        return match.group(2) if flags.get(match.group(1)) else ""

    return BLOCK.sub(keep, js)


def minify_js(js: str) -> str:
    lines = []
    for line in js.splitlines():
        s = line.strip()
        if s and not s.startswith("//"):
            lines.append(s)
    return "\n".join(lines) + "\n"


def minify_css(css: str) -> str:
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"\s+", " ", css)
    css = re.sub(r"\s*([{};:,>])\s*", r"\1", css)
    return css.replace(";}", "}").strip() + "\n"


def emit(out_dir: str, stem: str, ext: str, content: str, hashed: bool, base: str) -> str:
    digest = hashlib.sha256(content.encode()).hexdigest()[:10]
    name = f"{stem}.{digest}.{ext}" if hashed else f"{stem}.{ext}"
    with open(os.path.join(out_dir, "assets", name), "w", encoding="utf-8") as fh:
        fh.write(content)
    return f"{base.rstrip('/')}/{name}"


def build(src: str, out: str, config: dict, flags: dict, hashed: bool, asset_base: str = "/assets") -> dict:
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "assets"))
    with open(os.path.join(src, "app.js"), encoding="utf-8") as fh:
        js = strip_features(fh.read(), flags)
    header = "var CONFIG = Object.freeze(" + json.dumps({**config, "features": flags}, sort_keys=True) + ");\n"
    js_url = emit(out, "app", "js", header + minify_js(js), hashed, asset_base)
    with open(os.path.join(src, "styles.css"), encoding="utf-8") as fh:
        css_url = emit(out, "app", "css", minify_css(fh.read()), hashed, asset_base)
    with open(os.path.join(src, "index.html"), encoding="utf-8") as fh:
        html = fh.read()
    html = (
        html.replace("{{APP_JS}}", js_url)
        .replace("{{APP_CSS}}", css_url)
        .replace("{{VERSION}}", json.dumps(config["version"])[1:-1].replace("<", "&lt;"))
    )
    with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    manifest = {"app.js": js_url, "app.css": css_url, "version": config["version"], "features": flags}
    with open(os.path.join(out, "asset-manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=2, sort_keys=True)
    return manifest


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--src", default="src")
    p.add_argument("--out", default="dist")
    p.add_argument("--api-base-url", default="/api")
    p.add_argument("--ws-url", default="/ws")
    p.add_argument("--features", default="items,websocket")
    p.add_argument("--version", default="dev")
    p.add_argument("--asset-base-url", default="/assets")
    p.add_argument("--no-hash", action="store_true", help="plain names (dev server)")
    a = p.parse_args()
    config = {"apiBaseUrl": a.api_base_url.rstrip("/"), "wsUrl": a.ws_url, "version": a.version}
    manifest = build(a.src, a.out, config, parse_features(a.features), not a.no_hash, a.asset_base_url)
    print(json.dumps(manifest, sort_keys=True))


if __name__ == "__main__":
    main()
