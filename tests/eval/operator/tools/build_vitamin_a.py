"""Convert the stored ODS Vitamin A consumer fact sheet HTML into plain text.

Source HTML: jason-vance/NutrientLogger, "Nutrient LoggerTests/NutrientDetails/VitaminA.html"
(a saved copy of https://ods.od.nih.gov/factsheets/VitaminA-Consumer/, updated January 14, 2021).
Text is copied verbatim; only layout (line breaks) is produced here. A few lines of real page
clutter from the same page are kept on purpose (see CLUTTER_* below).
"""
import html
import re
import sys
from html.parser import HTMLParser

src = sys.argv[1]; out = sys.argv[2]
s = open(src, encoding="utf-8").read()
start = s.find('<div class="center" id="fact-sheet">')
# body text starts after the table of contents container
body_start = s.find("This is a reader-friendly overview", start)
body_start = s.rfind("<", 0, body_start)
end = s.find("History of changes to this fact sheet", body_start)
end = s.find("</a>", end) + 4
seg = s[body_start:end]

class P(HTMLParser):
    def __init__(self):
        super().__init__(); self.blocks = []; self.cur = []; self.kind = "p"; self.row = None; self.cell = None
    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t: self.blocks.append((self.kind, t))
        self.cur = []
    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h2", "h3", "h4", "li", "div"):
            self.flush(); self.kind = {"h2": "h", "h3": "h", "h4": "h", "li": "li"}.get(tag, "p")
        elif tag == "tr":
            self.flush(); self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "br":
            self.cur.append(" ")
    def handle_endtag(self, tag):
        if tag in ("p", "h2", "h3", "h4", "li", "div"):
            self.flush(); self.kind = "p"
        elif tag in ("td", "th") and self.cell is not None:
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip()); self.cell = None
        elif tag == "tr" and self.row is not None:
            self.blocks.append(("row", " | ".join(c for c in self.row if c))); self.row = None
    def handle_data(self, d):
        (self.cell if self.cell is not None else self.cur).append(d)
    def handle_entityref(self, name): self.handle_data(html.unescape("&%s;" % name))
    def handle_charref(self, name): self.handle_data(html.unescape("&#%s;" % name))

p = P(); p.feed(seg); p.flush()
lines = []
prev = None
for kind, t in p.blocks:
    if kind == "li":
        lines.append(("li", "- " + t))
    elif kind == "row":
        lines.append(("row", t))
    else:
        lines.append((kind, t))

# assemble: headings/paragraphs separated by blank lines; consecutive list items / table rows grouped
outl = []
CLUTTER_TOP = ["Vitamin A", "Fact Sheet for Consumers", "", "© iStock", "Have a question? Ask ODS", "Join the ODS Email List", ""]
outl.extend(CLUTTER_TOP)
last = None
for kind, t in lines:
    if kind in ("li", "row") and last == kind:
        outl.append(t)
    else:
        if outl and outl[-1] != "": outl.append("")
        outl.append(t)
    last = kind
text = "\n".join(outl)
# the final block ends with "Updated: ... History of changes to this fact sheet" (page footer clutter)
text += "\n\nShare:\n\nDownload free Acrobat Reader\n"
text = re.sub(r"\n{3,}", "\n\n", text)
open(out, "w", encoding="utf-8").write(text)
print(len(text.split()), "words")
