"""A second reader for the XLSX files the app writes: Python's zipfile and ElementTree.

Prints JSON: the archive's entries with their compression method, the first entry whose CRC
fails (or null), and each sheet's rows as [row number, cells], a cell being text, a number, a
boolean or null for a gap. With "count" as the second argument only the rows are counted.
"""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def column(ref):
    index = 0
    for ch in ref:
        if not ch.isalpha():
            break
        index = index * 26 + ord(ch) - 64
    return index - 1


def value(c):
    kind = c.get("t")
    if kind == "inlineStr":
        return "".join(c.find(MAIN + "is").itertext())
    v = c.find(MAIN + "v").text
    if kind == "b":
        return v == "1"
    return float(v)


def main():
    path = sys.argv[1]
    count_only = len(sys.argv) > 2 and sys.argv[2] == "count"
    out = {}
    with zipfile.ZipFile(path) as z:
        out["bad"] = z.testzip()
        out["entries"] = [[i.filename, i.compress_type] for i in z.infolist()]
        workbook = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        sheets = []
        for sheet in workbook.iter(MAIN + "sheet"):
            rows = []
            count = 0
            last = None
            with z.open("xl/" + targets[sheet.get(REL + "id")]) as f:
                for _, el in ET.iterparse(f):
                    if el.tag != MAIN + "row":
                        continue
                    count += 1
                    last = int(el.get("r"))
                    if not count_only:
                        cells = []
                        for c in el.findall(MAIN + "c"):
                            at = column(c.get("r"))
                            cells.extend([None] * (at - len(cells)))
                            cells.append(value(c))
                        rows.append([last, cells])
                    el.clear()
            sheets.append({"name": sheet.get("name"), "count": count, "last": last, "rows": rows})
        out["sheets"] = sheets
    print(json.dumps(out))


main()
