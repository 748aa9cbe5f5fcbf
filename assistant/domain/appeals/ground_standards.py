"""What a ground is judged by when the evidence standard for appeals is not the yardstick.

The standard in knowledge/rules/appeal_evidence.yaml is Alibaba.com's for trademark appeals: an invoice, a licence
or an authorisation chain. A seller who gives up ("we have removed the listing and will not sell it again") is not
measured by it: there is nothing to answer, the complaint stands, and whether the listing is really offline is not
verified. Findings are in our words; they never quote the seller's text.
"""

from __future__ import annotations

from assistant.domain.appeals.checks import (
    Basis,
    CheckContext,
    Finding,
    GroundAssessment,
    GroundStatus,
    Severity,
)
from assistant.domain.appeals.grounds import AppealGround, GroundReading


def check_no_contest(ctx: CheckContext) -> GroundAssessment:
    """The seller gives up: no counter-notice to answer. That the listing is offline is the seller's word only."""
    listings = len(ctx.complaint.listings)
    which = "the reported listing is" if listings == 1 else "the reported listings are"
    return GroundAssessment(
        ground=AppealGround.NO_CONTEST,
        status=GroundStatus.UNVERIFIED,
        findings=[
            Finding(
                code="seller_concedes", severity=Severity.INFO, ground=AppealGround.NO_CONTEST, basis=Basis.NOT_VERIFIED,
                message="The seller does not contest the complaint: it says it has taken the goods down or will stop selling them "
                f"(its words are quoted below). That {which} offline is not verified: check the site.",
                reply="The seller does not contest the complaint and says it has removed the goods; the complaint stands.",
            )
        ],
    )


def judge(ctx: CheckContext, reading: GroundReading, assessments: list[GroundAssessment]) -> list[GroundAssessment]:
    """The assessments of the evidence standard, with the grounds it does not measure added, in the grounds' order."""
    out = list(assessments)
    if AppealGround.NO_CONTEST in reading.grounds and not any(a.ground is AppealGround.NO_CONTEST for a in out):
        out.append(check_no_contest(ctx))
    order = list(AppealGround)
    return sorted(out, key=lambda a: order.index(a.ground))


__all__ = ["check_no_contest", "judge"]
