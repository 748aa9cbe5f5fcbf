"""What a seller's screenshot of its own listing shows of it: still on sale, or taken down.

A seller that says it took the listing down often attaches a screenshot of its shop's back end or of the product page as
proof. Read from the picture's text (OCR), the screenshot settles nothing when it shows the listing taken down (a person
still checks the site), but when it shows it on sale ('状态：出售中', 'Status: Active', 'In stock'), the seller's own
picture contradicts its words: a point quoting the lines as they read, with the stock it shows beside them.

The words are the marketplaces' own status words for a listing on sale or off the shelf, in the languages their back ends
and product pages are written in (Chinese, English, Spanish, German, Italian, Indonesian and Malay): a closed vocabulary,
not phrasings. A screenshot that shows any word for a listing taken down (已下架, 仓库中, Inactive, Removed) shows no
listing on sale, whatever else it shows: an off-shelf listing keeps its stock count ('仓库中 ... 库存 86').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.untrusted_text import normalize_text

# A listing on sale, as a back end or a product page says it.
_ON_SALE_RE = re.compile(
    r"出售中|在售|销售中|售卖中|上架中|已上架|正在(?:出售|销售)|有货|现货"
    r"|\bon sale\b|\bactive\b|\bin stock\b|\bselling\b|\bbuy now\b|\badd to cart\b"
    r"|\ben venta\b|\bactivo\b|\bpublicado\b|\bauf lager\b|\baktiv\b|\bverf[üu]gbar\b|\bin vendita\b|\battivo\b|\bdisponibile\b"
    r"|\baktif\b|\bdijual\b|\bstok tersedia\b|\btersedia\b|\bmasih dijual\b"
)
# A listing taken down, off the shelf or not sold: any of these, and the screenshot shows no listing on sale.
_TAKEN_DOWN_RE = re.compile(
    r"已?下架|仓库中|已删除|已停售|停售|售罄|无货|已失效|违规下架"
    r"|\bremoved\b|\boff[- ]?shelf\b|\binactive\b|\bnot active\b|\bdeactivated\b|\bdeleted\b|\boffline\b|\bunpublished\b|\bdelisted\b"
    r"|\bsold out\b|\bout of stock\b|\bunavailable\b|\bno longer available\b|\bsuspended\b|\bclosed\b"
    r"|\binactivo\b|\beliminad[oa]\b|\bretirad[oa]\b|\bagotado\b|\binaktiv\b|\bentfernt\b|\bdeaktiviert\b|\bausverkauft\b"
    r"|\bnon attivo\b|\brimoss[oa]\b|\besaurito\b|\btidak aktif\b|\bnonaktif\b|\bdihapus\b|\bdiarsipkan\b|\bhabis\b|\bstok habis\b"
)
# A stock count on a line ('库存 86', 'In stock: 86', 'Stok: 86').
_STOCK_RE = re.compile(r"(?:库存|stock|stok|existencias|bestand|lagerbestand|giacenza|disponibilit[àa])\D{0,6}?(\d[\d,.]*)")


@dataclass(frozen=True)
class OnSale:
    """A screenshot that shows the listing on sale: the lines that say so, and the stock line, as they read."""

    status: str
    stock: str | None


def on_sale(text: str | None) -> OnSale | None:
    """The lines of a screenshot's text that show a listing on sale (its status line, its stock line when it shows more
    than none), or None when it shows none, or shows any word for a listing taken down."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines or any(_TAKEN_DOWN_RE.search(normalize_text(line)) for line in lines):
        return None
    status = next((line for line in lines if _ON_SALE_RE.search(normalize_text(line))), None)
    stocked = [line for line in lines if (count := _STOCK_RE.search(normalize_text(line))) and _count(count.group(1)) > 0]
    if status is None:
        return None
    stock = next((line for line in stocked if line != status), None)
    return OnSale(status=status, stock=stock)


def _count(figure: str) -> int:
    digits = re.sub(r"\D", "", figure)
    return int(digits) if digits else 0


__all__ = ["OnSale", "on_sale"]
