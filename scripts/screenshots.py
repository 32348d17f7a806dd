#!/usr/bin/python3
"""Screenshots of the dock on a 1366x768 screen, every tab, in Chinese and English, with the sample open:
docs/images/screens/<language>/dock-<n>.png. For the user guide and for looking at the dock as a
planner would (does every tab fit, is anything cut off?).

    /usr/bin/python3 scripts/screenshots.py [--out DIR] [--screen 1366x768] [--language zh|en] [--docs]
                                            [--scheme NAME] [--module ID] [--dock]

``--docs`` regenerates the images of the Chinese user guide in place: docs/images/zh/dock-<n>-<tab>.png,
each cropped to the dock, and window.png (the whole window at 1000 px wide), with one module of the
sample selected so that the module card shows; the PNGs are reduced to 256 colours with Pillow when it
is installed (python3-pil), to stay small.

``--scheme NAME`` shows that scheme of the sample (final_plan_location: the location rules) and ``--module ID``
selects that module (1-N-residential: a new block priced by location, its reasons on the module card);
``--dock`` crops every image to the dock (as ``--docs`` does) without touching docs/.

Runs the real QGIS desktop under Xvfb, in a profile of its own under a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

#: What QGIS runs (qgis --code): open the sample, show the dock, grab every tab, quit.
INSIDE = r'''
import json, os
from pathlib import Path
import qgis.utils
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QWidget

OUT = Path(os.environ["EL_SHOTS_OUT"])
SAMPLE = Path(os.environ["EL_SHOTS_SAMPLE"])
DOCS = os.environ.get("EL_SHOTS_DOCS") == "1"
CROP = DOCS or os.environ.get("EL_SHOTS_CROP") == "1"
SCHEME = os.environ.get("EL_SHOTS_SCHEME", "")
MODULE = os.environ.get("EL_SHOTS_MODULE", "")
#: file names of the tabs in --docs mode, in the dock's order
TAB_KEYS = ("project", "module", "checks", "excluded", "assumptions", "compare", "resettlement", "optimise",
            "history")


def settle(times=20):
    for _ in range(times):
        QApplication.processEvents()


def select(result):
    """One module selected (MODULE, or the first): the module card shows it."""
    if not (DOCS or MODULE):
        return
    layer = qgis.utils.iface.activeLayer()
    if layer is not None and hasattr(layer, "selectByIds"):
        chosen = [f for f in layer.getFeatures() if not MODULE or f["el_module_id"] == MODULE][:1]
        if chosen:
            layer.selectByIds([chosen[0].id()])
        else:
            result["problems"].append(f"no module {MODULE}")
    settle()


def shoot():
    result = {"tabs": [], "problems": []}
    try:
        window = qgis.utils.iface.mainWindow()
        window.setGeometry(window.screen().availableGeometry())
        plugin = qgis.utils.plugins.get("economic_layer_plugin")
        if plugin is None or not plugin.layer_commands.open_sample(SAMPLE, ask=False):
            result["problems"].append("the sample could not be opened")
        dock = window.findChild(QDockWidget, "EconomicLayerDock")
        dock.setUserVisible(True)
        settle()
        if SCHEME:
            from qgis.core import QgsProject

            found = QgsProject.instance().mapLayersByName(SCHEME)
            if found:  # shown (the Schemes group is exclusive: the others are hidden) and active
                node = QgsProject.instance().layerTreeRoot().findLayer(found[0].id())
                if node is not None:
                    node.setItemVisibilityChecked(True)
                qgis.utils.iface.setActiveLayer(found[0])
            else:
                result["problems"].append(f"no scheme {SCHEME}")
            settle()
            canvas = qgis.utils.iface.mapCanvas()  # the map of the scheme shown, drawn before any grab
            canvas.refreshAllLayers()
            settle()
            canvas.waitWhileRendering()
            settle()
        select(result)
        tabs = dock.tabs
        OUT.mkdir(parents=True, exist_ok=True)
        if DOCS:
            tabs.setCurrentIndex(0)
            canvas = qgis.utils.iface.mapCanvas()
            canvas.refreshAllLayers()
            settle()
            canvas.waitWhileRendering()
            settle()
            window.grab().scaledToWidth(1000, 1).save(str(OUT / "window.png"))  # 1: smooth
            select(result)  # refreshing the layers let go of the selection
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            if CROP:
                key = TAB_KEYS[index] if index < len(TAB_KEYS) else str(index + 1)
                name = f"dock-{index + 1}-{key}.png"
                dock.grab().save(str(OUT / name))
            else:
                name = f"dock-{index + 1}.png"
                window.grab().save(str(OUT / name))
            rows = dock.tab_rows
            buttons = rows.group.buttons()
            shown = all(b.isVisible() and b.geometry().right() <= rows.width() and
                        b.width() >= b.minimumSizeHint().width() for b in buttons)
            layers = window.findChild(QDockWidget, "Layers")
            content = dock.widget()
            widest = sorted(((w.minimumSizeHint().width(), type(w).__name__, w.objectName())
                             for w in content.findChildren(QWidget) if w.isVisibleTo(content)), reverse=True)[:4]
            result["tabs"].append({"file": name, "tab": tabs.tabText(index),
                                   "dock_minimum": content.minimumSizeHint().width(), "widest": widest,
                                   "dock_width": dock.width(), "window_width": window.width(),
                                   "layers_width": layers.width() if layers is not None else None,
                                   "every_tab_shown": shown})
    except Exception as error:  # noqa: BLE001 (reported, never a question)
        result["problems"].append(repr(error))
    (OUT / "shots.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    QTimer.singleShot(0, lambda: os._exit(0))


QTimer.singleShot(1500, shoot)
'''


def main() -> int:
    import qgis_desktop

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "screens")
    parser.add_argument("--screen", default="1366x768")
    parser.add_argument("--language", choices=("zh", "en"), help="one language only (default: both)")
    parser.add_argument("--docs", action="store_true",
                        help="the user guide's images: docs/images/<language>/, cropped to the dock, Chinese only "
                             "unless --language says otherwise")
    parser.add_argument("--scheme", default="", help="the sample's scheme to show (default: final_plan)")
    parser.add_argument("--module", default="", help="the module id to select (its module card shows)")
    parser.add_argument("--dock", action="store_true", help="crop every image to the dock")
    args = parser.parse_args()
    if args.docs and args.out == parser.get_default("out"):
        args.out = ROOT / "docs" / "images"
    if args.docs and not args.scheme:  # made the active layer and its module 1-D1 selected: the module card shows
        args.scheme, args.module = "final_plan", args.module or "1-D1"
    languages = [(args.language or "zh", None)] if args.docs or args.language else [("zh", None), ("en", None)]
    os.environ["EL_SCREEN"] = args.screen
    import importlib

    importlib.reload(qgis_desktop)  # the screen size is read when the module loads
    code = 0
    with tempfile.TemporaryDirectory(prefix="economic-layer-shots-") as work:
        work = Path(work)
        script = work / "inside.py"
        script.write_text(INSIDE, encoding="utf-8")
        for language, _ in languages:
            locale = "zh-Hans" if language == "zh" else "en_US"
            out = args.out / language
            extra = {"EL_SHOTS_OUT": str(out), "EL_SHOTS_SAMPLE": str(work / f"sample-{language}"),
                     "EL_SHOTS_DOCS": "1" if args.docs else "0", "EL_SHOTS_CROP": "1" if args.dock else "0",
                     "EL_SHOTS_SCHEME": args.scheme, "EL_SHOTS_MODULE": args.module}
            profiles = work / f"profiles-{language}"
            qgis_desktop.run(profiles, script, headless=True, extra_env=extra, timeout=180, locale=locale)
            report = json.loads((out / "shots.json").read_text(encoding="utf-8"))
            for tab in report["tabs"]:
                print(f"{language}: {tab['file']} {tab['tab']}: dock {tab['dock_width']} px of "
                      f"{tab['window_width']}, Layers panel {tab['layers_width']} px, every tab shown: "
                      f"{tab['every_tab_shown']}; the dock asks for {tab['dock_minimum']} px")
            for problem in report["problems"]:
                print(f"{language}: {problem}", file=sys.stderr)
                code = 1
            if args.docs:
                (out / "shots.json").unlink()
                for image in sorted(out.glob("*.png")):
                    print(f"{image}: {shrink(image) // 1024} KB")
    return code


def shrink(path: Path) -> int:
    """The PNG reduced to 256 colours (Pillow, when installed); its size in bytes."""
    try:
        from PIL import Image
    except ImportError:
        return path.stat().st_size
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    return path.stat().st_size


if __name__ == "__main__":
    sys.exit(main())
