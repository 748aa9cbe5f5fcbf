"""`ipr-assistant sellers`: shops seen across the team's complaints (from shop links and product links that carry
the shop), the repeat ones first, with each complaint and its outcome."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant.domain.models import Site


def register(app: typer.Typer) -> None:
    app.command(name="sellers")(sellers_command)


def sellers_command(
    min_complaints: int = typer.Option(2, "--min", min=1, help="List sellers named in at least this many complaints."),
    site: Site = typer.Option(None, "--site", help="Only this site."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Repeat sellers: shops the team has reported more than once, with their complaints and outcomes."""
    from assistant.services.sellers import list_sellers
    from integrations.cli.commands.complaints import complaint_service, emit

    with complaint_service() as service:
        sellers = list_sellers(service.store, min_complaints=min_complaints, site=site.value if site else None)
    if as_json:
        emit({"min_complaints": min_complaints, "sellers": [seller.model_dump(mode="json") for seller in sellers]})
        return
    console = Console(highlight=False)
    if not sellers:
        console.print(f"No shop appears in {min_complaints} or more of the team's complaints.")
        return
    table = Table("site", "shop", "complaints", "outcomes", "listings")
    for seller in sellers:
        outcomes = ", ".join(f"{status} {count}" for status, count in sorted(seller.outcomes.items()))
        table.add_row(seller.site, escape(seller.shop_url or seller.seller_id), ", ".join(c.complaint_id for c in seller.complaints), outcomes, str(seller.listings))
    console.print(table)
