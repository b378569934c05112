"""Indian scripts in the PDFs: each Indic run shaped with HarfBuzz and drawn as the glyphs it chose.

Why not reportlab's own shaping (5.1, with uharfbuzz): ``drawString`` does not shape at all, the
Paragraph path maps each shaped glyph with no character of its own (conjuncts, half forms, reph) to a
private-use code, so ``pdftotext`` returns "पीस" for "पच्चीस", and one reportlab font is one font file,
so a name in Kannada next to "Dr." and "₹" cannot fall back per script. Qt's PDF writer shapes well
but would bring Qt into the reports layer (and its output carries a creation date).

So the house fonts (:data:`REGULAR` / :data:`BOLD` in ``fonts.py``) are a :class:`ScriptFallbackFont`:
DejaVu Sans for Latin, digits and ₹, exactly as before (same glyph codes, same widths: a document with
no Indic text is what it was), and for each run of Devanagari, Bengali, Gurmukhi, Gujarati, Odia,
Tamil, Telugu, Kannada or Malayalam the Noto Sans face of that script:

- the run is shaped by :func:`shape` (uharfbuzz, the script set explicitly, cached);
- its glyph ids go into per-document subsets of that face (256 codes each), embedded as TrueType
  subsets (no document sets Indic text justified: word spacing applies to DejaVu's spaces only);
- the text object (:class:`HmsCanvas`) draws them with HarfBuzz's advances and offsets (``TJ``
  adjustments; ``Ts`` for the vertical offsets of marks), inside a marked-content span whose
  ``/ActualText`` is the run's Unicode text, so ``pdftotext`` returns "श्रीनिवास" in logical order;
  the subset's ToUnicode maps the first glyph of each cluster to the cluster's text, for readers that
  ignore ActualText;
- widths (``stringWidth``, used for wrapping and centring) are the sum of the shaped advances.

Everything is deterministic (codes in order of first use, fixed subset names), so a reprint stays
byte-identical. A plain reportlab ``Canvas`` still draws the shaped glyphs (through ``splitString``)
but without mark offsets or ActualText: documents use :class:`HmsCanvas`.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

try:  # reportlab's fast number formatter (the one its own operators use)
    from reportlab.lib.rl_accel import fp_str
except ImportError:  # pragma: no cover
    from reportlab.lib.utils import fp_str

__all__ = [
    "SCRIPTS",
    "Glyph",
    "HmsCanvas",
    "IndicFace",
    "ScriptFallbackFont",
    "has_indic",
    "runs",
    "script_of",
    "shape",
]

# script tag (ISO 15924, what HarfBuzz takes) -> (Noto family file stem, language name)
SCRIPTS: dict[str, tuple[str, str]] = {
    "Deva": ("NotoSansDevanagari", "Devanagari"),
    "Beng": ("NotoSansBengali", "Bengali"),
    "Guru": ("NotoSansGurmukhi", "Gurmukhi"),
    "Gujr": ("NotoSansGujarati", "Gujarati"),
    "Orya": ("NotoSansOriya", "Odia"),
    "Taml": ("NotoSansTamil", "Tamil"),
    "Telu": ("NotoSansTelugu", "Telugu"),
    "Knda": ("NotoSansKannada", "Kannada"),
    "Mlym": ("NotoSansMalayalam", "Malayalam"),
}

_BLOCKS: tuple[tuple[int, int, str], ...] = (
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"),
    (0x0B00, 0x0B7F, "Orya"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"),
    (0x1CD0, 0x1CFF, "Deva"),  # Vedic extensions
    (0xA8E0, 0xA8FF, "Deva"),  # Devanagari extended
)
_INDIC = re.compile("[\u0900-\u0d7f\u1cd0-\u1cff\ua8e0-\ua8ff]")
# Characters that belong to the run they stand in: the joiners, the dotted circle, the dandas
# (shared by the North Indian scripts; encoded once, in the Devanagari block).
_INHERIT = {0x200C, 0x200D, 0x25CC, 0x0964, 0x0965}
_SPACES = {0x20, 0xA0}

_FACE_BASE = 1 << 16  # subset numbers at or above this belong to an Indic face: (index + 1) << 16 | n
_PSEUDO = 0x110000  # past Unicode: the keys under which a face's glyph ids enter reportlab's subsetter


def has_indic(text: str) -> bool:
    return _INDIC.search(text) is not None


def script_of(char: str) -> str | None:
    """The script tag of one character, or None for everything DejaVu draws."""
    code = ord(char)
    if code < 0x0900:
        return None
    for low, high, tag in _BLOCKS:
        if low <= code <= high:
            if code in (0x0964, 0x0965):
                return None  # resolved by its neighbours in runs()
            return tag
    return None


def runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into runs of one script: [(None, 'Dr. '), ('Deva', 'राम शर्मा'), (None, ' ₹')].

    Joiners and dandas join the Indic run they stand in (a danda with no Indic neighbour is
    Devanagari); a space joins an Indic run when the next character is of the same script, so a
    multi-word Indic name is one run.
    """
    tags: list[str | None] = [script_of(c) for c in text]
    last: str | None = None
    for i, c in enumerate(text):
        if tags[i] is None and ord(c) in _INHERIT:
            nxt = next((t for t in tags[i + 1 :] if t is not None), None)
            tags[i] = last or nxt or ("Deva" if ord(c) in (0x0964, 0x0965) else None)
        if tags[i] is not None:
            last = tags[i]
        elif ord(c) not in _SPACES:
            last = None
    for i, c in enumerate(text):
        if ord(c) in _SPACES and i > 0 and tags[i - 1] is not None:
            after = next((j for j in range(i + 1, len(text)) if ord(text[j]) not in _SPACES), None)
            if after is not None and tags[after] == tags[i - 1]:
                tags[i] = tags[i - 1]
    out: list[tuple[str | None, str]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or tags[i] != tags[start]:
            out.append((tags[start], text[start:i]))
            start = i
    return out


class Glyph(NamedTuple):
    """One shaped glyph, in thousandths of an em (PDF text space units at size 1)."""

    gid: int
    cluster: int  # index into the shaped text of the first character this glyph belongs to
    advance: float
    dx: float
    dy: float


class IndicFace:
    """One Noto face: HarfBuzz for shaping, reportlab's parser for metrics and subsetting."""

    def __init__(self, name: str, path: Path, script: str) -> None:
        self.name = name  # 'HmsSans~Deva', the key of its PDF font resources in a document
        self.script = script
        data = path.read_bytes()
        self.hb_font = hb.Font(hb.Face(data))
        self.upem = self.hb_font.face.upem
        self.tt = TTFontFace(str(path))
        for gid in range(self.tt.numGlyphs):
            self.tt.charToGlyph[_PSEUDO + gid] = gid
        unit = 1000 / self.upem
        self.widths = [aw * unit for aw, _ in self.tt.hmetrics]
        self.space_gid = self.tt.charToGlyph.get(32, 0)
        self._states: WeakKeyDictionary[Any, _FaceState] = WeakKeyDictionary()
        self._lock = threading.Lock()

    # --- per document: the glyphs used, by code --------------------------------------------------

    def state(self, doc: Any) -> _FaceState:
        state = self._states.get(doc)
        if state is None:
            with self._lock:
                state = self._states.setdefault(doc, _FaceState())
        return state

    def encode(self, doc: Any, text: str, glyphs: Sequence[Glyph]) -> list[tuple[int, int, Glyph]]:
        """(subset, code, glyph) for each glyph; the first glyph of a cluster carries its text."""
        state = self.state(doc)
        bounds = [*sorted({g.cluster for g in glyphs}), len(text)]
        texts = {c: text[c : bounds[i + 1]] for i, c in enumerate(bounds[:-1])}
        seen: set[int] = set()
        out = []
        for glyph in glyphs:
            if glyph.cluster in seen:
                meaning = ""
            else:
                seen.add(glyph.cluster)
                meaning = texts[glyph.cluster]
            subset, code = state.code(glyph.gid, meaning)
            out.append((subset, code, glyph))
        return out

    def subset_name(self, subset: int, doc: Any) -> str:
        state = self.state(doc)
        if state.internal_name is None:
            state.internal_name = "F" + repr(len(doc.fontMapping) + 1)
            doc.fontMapping[self.name] = "/" + state.internal_name
            doc.delayedFonts.append(self)
        return f"/{state.internal_name}+{subset}"

    def addObjects(self, doc: Any) -> None:  # noqa: N802  (reportlab calls it by this name)
        """The subsets as TrueType font objects: program, widths, ToUnicode (reportlab's layout)."""
        state = self._states.pop(doc)
        face_name = self.tt.name + self.tt.subfontNameX
        for n, entries in enumerate(state.subsets):
            internal = f"{state.internal_name}+{n}"
            base = (SUBSETN(n) + b"+" + face_name).decode("pdfdoc")
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.name} subset {n}"
            font.Name = internal
            font.BaseFont = base
            font.FirstChar = 0
            font.LastChar = len(entries) - 1
            font.Widths = pdfdoc.PDFArray([round(self.widths[gid], 3) for gid, _ in entries])
            cmap = pdfdoc.PDFStream()
            cmap.content = _to_unicode_cmap(base, [meaning for _, meaning in entries])
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base)
            font.FontDescriptor = self.tt.addSubsetObjects(doc, base, [_PSEUDO + gid for gid, _ in entries])
            doc.Reference(font, internal)
            doc.idToObject["BasicFonts"].dict[internal] = font


class _FaceState:
    """The codes one document uses of one face: (gid, text) -> (subset, code); code 0 is .notdef."""

    def __init__(self) -> None:
        self.assigned: dict[tuple[int, str], tuple[int, int]] = {}
        self.subsets: list[list[tuple[int, str]]] = [[(0, "")]]
        self.internal_name: str | None = None

    def code(self, gid: int, meaning: str) -> tuple[int, int]:
        key = (gid, meaning)
        found = self.assigned.get(key)
        if found is None:
            if len(self.subsets[-1]) >= 256:
                self.subsets.append([(0, "")])
            entries = self.subsets[-1]
            found = (len(self.subsets) - 1, len(entries))
            entries.append(key)
            self.assigned[key] = found
        return found


def _to_unicode_cmap(name: str, meanings: list[str]) -> str:
    pairs = [
        f"<{code:02X}> <{meaning.encode('utf-16-be').hex().upper()}>"
        for code, meaning in enumerate(meanings)
        if meaning
    ]
    blocks = []
    for i in range(0, len(pairs), 100):  # at most 100 entries per bfchar block
        chunk = pairs[i : i + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({name})",
            f"/Ordering ({name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            "<00> <FF>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


_FACES: dict[str, IndicFace] = {}  # by IndicFace.name, for the shaping cache


@functools.lru_cache(maxsize=8192)
def _shape_cached(face_name: str, text: str) -> tuple[Glyph, ...]:
    face = _FACES[face_name]
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.script = face.script
    buf.direction = "ltr"
    hb.shape(face.hb_font, buf, {})
    unit = 1000 / face.upem
    return tuple(
        Glyph(info.codepoint, info.cluster, pos.x_advance * unit, pos.x_offset * unit, pos.y_offset * unit)
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    )


def shape(face: IndicFace, text: str) -> tuple[Glyph, ...]:
    """HarfBuzz's glyphs for ``text`` in ``face`` (cached per face and text)."""
    _FACES.setdefault(face.name, face)
    return _shape_cached(face.name, text)


class ScriptFallbackFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """A reportlab TrueType font (DejaVu) that hands each Indic run to the Noto face of its script."""

    def __init__(self, name: str, latin: Path, faces: dict[str, IndicFace]) -> None:
        super().__init__(name, str(latin), shapable=False)  # never reportlab's own shaping path
        self.faces = faces
        self._order = list(faces)
        for face in faces.values():
            _FACES.setdefault(face.name, face)

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if not has_indic(text):
            return float(super().stringWidth(text, size, encoding))
        total = 0.0
        for script, part in runs(text):
            if script is None:
                total += super().stringWidth(part, size, encoding)
            else:
                total += sum(g.advance for g in shape(self.faces[script], part)) * size / 1000
        return total

    def pieces(self, text: str, doc: Any) -> Iterator[tuple[str | None, str, Any]]:
        """(script, run, what to draw): DejaVu's (subset, bytes) chunks, or an Indic face's glyphs."""
        for script, part in runs(text):
            if script is None:
                yield None, part, super().splitString(part, doc)
            else:
                face = self.faces[script]
                index = (self._order.index(script) + 1) * _FACE_BASE
                placed = face.encode(doc, part, shape(face, part))
                yield script, part, [(index + s, code, g) for s, code, g in placed]

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if not has_indic(text):
            return list(super().splitString(text, doc, encoding))
        out: list[tuple[int, bytes]] = []
        for script, _, drawn in self.pieces(text, doc):
            if script is None:
                out += drawn
                continue
            for subset, code, _glyph in drawn:
                if out and out[-1][0] == subset:
                    out[-1] = (subset, out[-1][1] + bytes([code]))
                else:
                    out.append((subset, bytes([code])))
        return out

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:  # noqa: N802
        if subset < _FACE_BASE:
            return str(super().getSubsetInternalName(subset, doc))
        face = self.faces[self._order[(subset >> 16) - 1]]
        return face.subset_name(subset & 0xFFFF, doc)


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class ShapingTextObject(PDFTextObject):  # type: ignore[misc]
    """A text object that draws a :class:`ScriptFallbackFont`'s Indic runs at HarfBuzz's positions."""

    def _formatText(self, text: str) -> str:  # noqa: N802  (reportlab's name)
        font = getFont(self._fontname)
        if not isinstance(font, ScriptFallbackFont) or isinstance(text, bytes) or not has_indic(text):
            return str(super()._formatText(text))
        out: list[str] = []
        for script, part, drawn in font.pieces(text, self._canvas._doc):
            if script is None:
                for subset, chunk in drawn:
                    self._select(font, subset, out)
                    out.append(f"({self._canvas._escape(chunk)}) Tj")
            else:
                out.append(f"/Span <</ActualText {_actual_text(part)}>> BDC")
                self._glyphs(font, font.faces[script], drawn, out)
                out.append("EMC")
        return " ".join(out)

    def _select(self, font: ScriptFallbackFont, subset: int, out: list[str]) -> None:
        if subset != self._curSubset:  # type: ignore[has-type]
            name = font.getSubsetInternalName(subset, self._canvas._doc)
            out.append(f"{name} {fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL")
            self._curSubset = subset

    def _glyphs(
        self, font: ScriptFallbackFont, face: IndicFace, drawn: list[tuple[int, int, Glyph]], out: list[str]
    ) -> None:
        """TJ arrays, one per run of glyphs in one subset at one height (``Ts`` for marks' offsets)."""
        escape = self._canvas._escape
        current_dy = 0.0
        items: list[bytes | float] = []
        for subset, code, glyph in drawn:
            if subset != self._curSubset or glyph.dy != current_dy:
                if items:
                    out.append(_tj(items, escape))
                    items = []
                self._select(font, subset, out)
                if glyph.dy != current_dy:
                    current_dy = glyph.dy
                    out.append(f"{fp_str(self._rise + current_dy * self._fontsize / 1000)} Ts")
            # TJ numbers move left in thousandths of an em: place the glyph at its offset, then
            # leave the pen at its HarfBuzz advance.
            items += [-glyph.dx, bytes([code]), face.widths[glyph.gid] + glyph.dx - glyph.advance]
        if items:
            out.append(_tj(items, escape))
        if current_dy:
            out.append(f"{fp_str(self._rise)} Ts")


def _tj(items: list[bytes | float], escape: Any) -> str:
    merged: list[bytes | float] = []
    for item in items:
        if merged and type(item) is type(merged[-1]):
            merged[-1] = merged[-1] + item  # type: ignore[operator]
        else:
            merged.append(item)
    parts = []
    for item in merged:
        if isinstance(item, bytes):
            parts.append(f"({escape(item)})")
        elif abs(item) >= 0.0005:
            parts.append(fp_str(round(item, 3)))
    if len(parts) == 1 and parts[0].startswith("("):
        return f"{parts[0]} Tj"
    return f"[{' '.join(parts)}] TJ"


class HmsCanvas(Canvas):  # type: ignore[misc]
    """The documents' canvas: its text objects shape Indic runs (see :class:`ShapingTextObject`)."""

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> ShapingTextObject:  # noqa: N802
        return ShapingTextObject(self, x, y, direction=direction)
