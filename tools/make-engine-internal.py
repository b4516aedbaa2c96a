#!/usr/bin/env python3
"""Makes every top-level type of src/OkrSite.Core internal except what the command line (src/OkrSite) needs.

Mechanical, and safe to run again after a merge: it turns `public` into `internal` on every top-level type
declaration of the engine, then builds the CLI and the engine and turns back to `public` exactly the types the
compiler names as needed (CS0122: the CLI uses it; CS0050-CS0061: a public type shows it in its signature), until
the build is clean. Tests, benchmarks and browser tests see the rest through InternalsVisibleTo in
src/OkrSite.Core/OkrSite.Core.csproj. Run from the repository root: python3 tools/make-engine-internal.py
"""
import pathlib
import re
import subprocess
import sys

ENGINE = pathlib.Path("src/OkrSite.Core")
CLI = "src/OkrSite/OkrSite.csproj"

# A top-level declaration starts at column 0 (file-scoped namespaces); nested types are indented and left alone.
DECLARATION = re.compile(
    r"^(public|internal)((?: (?:static|sealed|abstract|readonly|partial|unsafe|ref))*) "
    r"(class|record struct|record class|record|struct|interface|enum|delegate [^(]*?) ?(\w+)\b",
    re.MULTILINE,
)
NEEDED = re.compile(r"error (CS0122|CS0050|CS0051|CS0052|CS0053|CS0054|CS0055|CS0056|CS0057|CS0058|CS0059|CS0060|CS0061|CS9338): (.*?) \[")
QUOTED = re.compile(r"'([^']+)'")


def sources():
    return [p for p in ENGINE.rglob("*.cs") if "obj" not in p.parts and "bin" not in p.parts]


def declarations():
    """Each top-level type name with the file that declares it."""
    found = {}
    for path in sources():
        for match in DECLARATION.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match.group(4), []).append(path)
    return found


def set_access(path, name, access):
    text = path.read_text(encoding="utf-8")

    def replace(match):
        return access + match.group(0)[len(match.group(1)):] if match.group(4) == name else match.group(0)

    changed = DECLARATION.sub(replace, text)
    if changed != text:
        path.write_text(changed, encoding="utf-8")
        return True
    return False


def needed(output, known):
    """The engine types the compiler says must be public, from CS0122 and the inconsistent-accessibility errors."""
    names = set()
    for code, message in NEEDED.findall(output):
        quoted = QUOTED.findall(message)
        # CS0122 names what is inaccessible; the others name the less accessible type first.
        candidates = quoted[:1]
        for candidate in candidates:
            for part in re.split(r"[^\w]+", candidate):
                if part in known:
                    names.add(part)
    return names


def main():
    known = declarations()
    # --resume goes on from where an interrupted run stopped, without making everything internal again.
    if "--resume" not in sys.argv[1:]:
        for name, paths in known.items():
            for path in paths:
                set_access(path, name, "internal")

    for round in range(1, 40):
        build = subprocess.run(["dotnet", "build", CLI, "-nologo", "-clp:NoSummary"], capture_output=True, text=True)
        output = build.stdout + build.stderr
        if build.returncode == 0:
            public = sorted(n for n, paths in known.items() for p in paths if re.search(rf"^public\b[^\n]*\b{n}\b", p.read_text(encoding="utf-8"), re.MULTILINE))
            print(f"clean after {round} build(s); public types of the engine ({len(public)}): {', '.join(public)}")
            return 0
        names = needed(output, known)
        if not names:
            sys.stderr.write(output)
            sys.stderr.write("\nthe build fails for a reason other than accessibility; fix it, then run this again\n")
            return 1
        print(f"build {round}: making public: {', '.join(sorted(names))}")
        for name in names:
            for path in known[name]:
                set_access(path, name, "public")
    sys.stderr.write("gave up after 40 builds\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
