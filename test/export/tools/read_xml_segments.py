"""Reads our TMX or XLIFF with lxml (libxml2), a conforming XML parser, and prints as JSON the name
of the Japanese source file and the segments:
{"jaFile": ..., "segments": [{"id": ..., "ja": ..., "en": ...}, ...]}. Usage: read_xml_segments.py FILE
"""
import json
import sys

from lxml import etree

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XLIFF = "{urn:oasis:names:tc:xliff:document:2.0}"

parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)
root = etree.parse(sys.argv[1], parser).getroot()


def text(element):
    return "" if element is None else "".join(element.itertext())


segments = []
ja_file = None
if root.tag == "tmx":
    for prop in root.find("header").findall("prop"):
        if prop.get("type") == "x-ja-file":
            ja_file = text(prop)
    for tu in root.iter("tu"):
        record = {"id": tu.get("tuid"), "ja": "", "en": ""}
        for tuv in tu.findall("tuv"):
            record[tuv.get(XML_LANG)] = text(tuv.find("seg"))
        segments.append(record)
elif root.tag == XLIFF + "xliff":
    ja_file = root.find(XLIFF + "file").get("original")
    for unit in root.iter(XLIFF + "unit"):
        segment = unit.find(XLIFF + "segment")
        segments.append(
            {"id": unit.get("id"), "ja": text(segment.find(XLIFF + "source")), "en": text(segment.find(XLIFF + "target"))}
        )
else:
    sys.exit(f"unexpected root element {root.tag}")
json.dump({"jaFile": ja_file, "segments": segments}, sys.stdout)
