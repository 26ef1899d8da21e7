"""TMX -> PO with translate-toolkit, the way its converters read files.

Debian's translate-toolkit ships po2tmx but no tmx2po command; this is the same conversion through
the toolkit's own TMX reader (translate.storage.factory picks tmxfile from the content) and PO
writer. Usage: tmx2po.py IN.tmx OUT.po
"""
import sys

from translate.storage import factory, po

store = factory.getobject(sys.argv[1])
if type(store).__name__ != "tmxfile":
    sys.exit(f"{sys.argv[1]}: translate-toolkit read it as {type(store).__name__}, not TMX")
target = po.pofile()
for unit in store.units:
    if not unit.source:
        continue
    out = target.addsourceunit(unit.source)
    out.target = unit.target or ""
    out.addlocation(unit.getid())
with open(sys.argv[2], "wb") as handle:
    handle.write(bytes(target))
