#!/usr/bin/env python3
"""Writes a corpus of hostile inputs beside good articles, and what Chronicle must do with each.

Usage: Tools/make-hostile-corpus.py DIR

DIR/corpus/    the inputs (run `chronicle build DIR/corpus --max-document-bytes 2000000`)
DIR/secret.key a file no output may ever contain (hostile inputs try to pull it in)
DIR/expected.json
    errors: file name -> a piece of the message stderr must give for it (exit status 1)
    notes:  file name -> a piece of the note stderr must give (the document is still read)
    good:   document id -> the dates (ISO) of rows that must be exported from it
    secret: the text of secret.key
    limits: the command-line options the expectations assume

The files are generated, not committed: some are megabytes, one is a named pipe.
"""

import json
import os
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    corpus = os.path.join(root, "corpus")
    os.makedirs(corpus, exist_ok=True)
    secret_text = "CHRONICLE-SECRET-7f3a9c-root:x:0:0"
    secret = os.path.abspath(os.path.join(root, "secret.key"))
    with open(secret, "w") as f:
        f.write(secret_text + "\n")

    errors, notes, good = {}, {}, {}

    def write(name, data):
        path = os.path.join(corpus, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    # Good documents, one per input format: each must be exported whatever sits beside it.
    write("good-plain.txt", "Title: Border talks\nDate: 2021-03-04\n\n"
          "The envoy Karim Benhaddou fled to Madrid on 26 February 2021, officials said.\n")
    good["good-plain.txt"] = ["2021-02-26"]
    write("good-page.html", "<html><head><title>Port deal</title>"
          "<meta property='article:published_time' content='2020-06-01'></head>"
          "<body><article><p>The two ministries signed the port agreement in Tangier on 12 May 2020.</p>"
          "</article></body></html>")
    good["good-page.html"] = ["2020-05-12"]
    write("good-lines.jsonl",
          json.dumps({"id": "wire-1", "date": "2019-09-10", "text": "Police arrested two suspects in Fez on 8 September 2019."}) + "\n"
          + '{"id": "broken", "text": \n'
          + json.dumps({"id": "wire-2", "date": "2019-09-12", "text": "The court convicted the suspects on 11 September 2019."}) + "\n")
    good["wire-1"] = ["2019-09-08"]
    good["wire-2"] = ["2019-09-11"]
    errors["good-lines.jsonl:2"] = "not valid JSON"
    write("good-timeml.tml", '<?xml version="1.0"?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2018-04-02" '
          'functionInDocument="CREATION_TIME">April 2, 2018</TIMEX3></DCT>\n'
          "<TEXT>The agency opened an inquiry on March 30, 2018.</TEXT></TimeML>\n")
    good["good-timeml.tml"] = ["2018-03-30"]

    # Encodings: decoded with a note, or refused with the offset of the first bad byte.
    write("latin1.txt", "Title: Caf\xe9\nDate: 2017-05-03\n\nLe ministre a quitt\xe9 Montr\xe9al. "
          "The minister resigned on 2 May 2017 in Montr\xe9al.\n".encode("latin-1"))
    notes["latin1.txt"] = "read as Windows-1252"
    good["latin1.txt"] = ["2017-05-02"]
    write("smart-quotes.txt", "Date: 2016-11-20\n\nThe spokesman said \u201cwe met them\u201d \u2013 the meeting took "
          "place on 18 November 2016.\n".encode("cp1252"))
    notes["smart-quotes.txt"] = "read as Windows-1252"
    good["smart-quotes.txt"] = ["2016-11-18"]
    write("utf16-le.txt", "\ufeffDate: 2015-01-10\n\nThe council met in Oujda on 9 January 2015.\n".encode("utf-16-le"))
    good["utf16-le.txt"] = ["2015-01-09"]
    write("utf16-be.txt", "\ufeffDate: 2015-02-10\n\nThe council met in Nador on 9 February 2015.\n".encode("utf-16-be"))
    good["utf16-be.txt"] = ["2015-02-09"]
    write("utf16-odd.txt", b"\xff\xfeA\x00B\x00C")
    errors["utf16-odd.txt"] = "broken UTF-16"
    write("undefined-bytes.txt", b"Plain start then \x81\x8d\x8f\x90\x9d bytes no encoding defines.")
    errors["undefined-bytes.txt"] = "not valid UTF-8 nor Windows-1252"
    write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    errors["binary.txt"] = "binary file"
    write("empty.txt", b"")
    errors["empty.txt"] = "empty document"
    write("blank.txt", b" \n\t\r\n   \n")
    errors["blank.txt"] = "empty document"

    # XML attacks: entity expansion, external entities (file and network), parameter entities.
    write("laughs.tml", '<?xml version="1.0"?>\n<!DOCTYPE TimeML [<!ENTITY a "lol">'
          + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
          + ']>\n<TimeML><TEXT>&j;</TEXT></TimeML>\n')
    errors["laughs.tml"] = "entities"
    write("xxe-file.tml", f'<?xml version="1.0"?>\n<!DOCTYPE TimeML [<!ENTITY s SYSTEM "file://{secret}">]>\n'
          "<TimeML><TEXT>Leak: &s; on 3 March 2010.</TEXT></TimeML>\n")
    errors["xxe-file.tml"] = "entities"
    write("xxe-param.xml", f'<?xml version="1.0"?>\n<!DOCTYPE TimeML [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>\n'
          "<TimeML><TEXT>Nothing here.</TEXT></TimeML>\n")
    errors["xxe-param.xml"] = "entities"
    write("xxe-net.tml", '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
          "<TimeML><TEXT>The panel met on 5 June 2012.</TEXT></TimeML>\n")
    write("xxe-page.html", f'<!DOCTYPE html [<!ENTITY s SYSTEM "file://{secret}">]><html><body>'
          f"<p>Leak &s; attempt.</p><iframe src='file://{secret}'></iframe>"
          f"<object data='{secret}'></object></body></html>")

    # Markup that is too deep or broken.
    write("deep.html", "<div>" * 100_000 + "Deep text written in 2019." + "</div>" * 100_000)
    write("deep.tml", '<?xml version="1.0"?>\n<TimeML><TEXT>' + "<s>" * 100_000 + "Deep." + "</s>" * 100_000
          + "</TEXT></TimeML>\n")
    write("truncated.html", "<html><body><article><p>The mayor resigned on 4 April 2014 in Sal")
    write("script-only.html", "<html><head><script>var t = '12 May 2020';</script></head><body></body></html>")
    errors["script-only.html"] = "no visible text"

    # Pathological text for the date and name rules: must finish in linear time.
    write("digits.txt", "7" * 900_000)
    write("digits-line.txt", "9" * 3_000_000)
    errors["digits-line.txt"] = "over the 2000000-byte document limit"
    write("long-line.txt", "word " * 300_000)
    errors["long-line.txt"] = "line limit"
    write("mays.txt", "May " * 200_000)
    write("capitals.txt", "Alpha Bravo Charlie Delta Echo " * 25_000)
    write("numbers.txt", "Title: Numbers\n\nA number: " + "1" * 10_000 + ". The 99th of Smarch. Year 0 and "
          "year 99999. Dismantled 2,009 cells; 3,535 people; document 8460/11; No. 6055; the 200th anniversary.\n")

    # Output attacks: spreadsheet formulas and characters XML forbids.
    write("formula.txt", 'Title: =HYPERLINK("http://example.invalid/x","click")\nDate: 2013-07-02\n\n'
          "=cmd|' /C calc'!A0 said the leak happened on 1 July 2013.\n"
          "+SUM(1,2) and -2+3 and @SUM(A1) were written on 1 July 2013 too.\n")
    good["formula.txt"] = ["2013-07-01"]
    write("controls.txt", "Date: 2012-02-02\n\nOfficials \x01\x07\x1b\u202e\u200b met in Rabat on 1 February 2012.\n")
    good["controls.txt"] = ["2012-02-01"]

    # Files a folder walk must not follow or block on.
    os.symlink(secret, os.path.join(corpus, "leak.txt"))
    os.symlink(".", os.path.join(corpus, "loop"))
    os.mkfifo(os.path.join(corpus, "pipe.txt"))
    write(".hidden.txt", secret_text)
    write("folder.txt/inner.txt", "Date: 2011-01-02\n\nThe office closed on 1 January 2011.\n")
    good["inner.txt"] = ["2011-01-01"]

    with open(os.path.join(root, "expected.json"), "w") as f:
        json.dump({"errors": errors, "notes": notes, "good": good, "secret": secret_text,
                   "limits": ["--max-document-bytes", "2000000"]}, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
