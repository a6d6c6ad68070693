#!/usr/bin/env python3
"""Lists and fills the unfinished messages of a Qt .ts catalogue (a developer's helper, not a build step).

  tools/tsfill.py translations/quantbench_de.ts list          # JSON: [{context, source, numerus}]
  tools/tsfill.py translations/quantbench_de.ts apply FILE    # FILE: [{context, source, translation}]

`translation` is a string, or for a message with %n a list of the language's plural forms (German:
[singular, plural]). Run `ninja update_translations` before (to pick up new strings) and after (to
normalise the file); tests/ui/tst_translation checks that nothing is left unfinished.
"""
import json
import sys
import xml.etree.ElementTree as ET


def unfinished(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                yield name, message, translation


def main():
    path, verb = sys.argv[1], sys.argv[2]
    tree = ET.parse(path)
    root = tree.getroot()
    if verb == "list":
        items = [{"context": c, "source": m.findtext("source"), "numerus": m.get("numerus") == "yes"}
                 for c, m, _ in unfinished(root)]
        json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    with open(sys.argv[3], encoding="utf-8") as f:
        wanted = {(t["context"], t["source"]): t["translation"] for t in json.load(f)}
    filled = 0
    for context, message, translation in unfinished(root):
        text = wanted.get((context, message.findtext("source")))
        if text is None:
            continue
        del translation.attrib["type"]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in (text if isinstance(text, list) else [text, text]):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        filled += 1
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"filled {filled} of {len(wanted)}; {sum(1 for _ in unfinished(root))} still unfinished")


if __name__ == "__main__":
    main()
