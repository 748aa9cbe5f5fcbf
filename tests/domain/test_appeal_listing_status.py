"""A seller's screenshot of its own listing: on sale, or taken down (listing_status.py)."""

from __future__ import annotations

import pytest

from assistant.domain.appeals.listing_status import on_sale


@pytest.mark.parametrize(
    "text, status, stock",
    [
        ("商品管理\nHALDEN 三人圆顶帐篷\n状态：出售中\n库存86\n价格 US $42.90", "状态：出售中", "库存86"),
        ("Product management\nStatus: Active\nIn stock: 86", "Status: Active", "In stock: 86"),
        ("Add to cart\nBuy now", "Add to cart", None),
        ("Kelola Produk\nStatus: Aktif\nStok: 86", "Status: Aktif", "Stok: 86"),
        ("Estado: en venta\nExistencias: 12", "Estado: en venta", "Existencias: 12"),
    ],
)
def test_a_screenshot_that_shows_the_listing_on_sale_is_quoted_as_it_reads(text, status, stock):
    shown = on_sale(text)
    assert shown is not None and shown.status == status and shown.stock == stock


@pytest.mark.parametrize(
    "text",
    [
        "商品管理 > 仓库中的商品\n状态：已下架\n库存 86",  # off the shelf keeps its stock count
        "Status: Inactive\nIn stock: 86",
        "Status: Removed",
        "Stok habis",
        "COMMERCIAL INVOICE No. 1\nQty: 86 pcs",
        "",
    ],
)
def test_a_screenshot_that_shows_it_taken_down_or_no_status_shows_no_sale(text):
    assert on_sale(text) is None
