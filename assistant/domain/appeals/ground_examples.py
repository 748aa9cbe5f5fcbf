"""What each ground means, in a description and example sentences: what the bundled model compares a seller's
sentences with.

The examples are written in our own words to cover the ways sellers put each argument (plain, formal, broken
English, Chinese). They are not the evaluation cases, and the threshold is calibrated on a third set of sentences
(`benchmarks/appeal_grounds_calibration.jsonl`) that neither of them contains.
"""

from __future__ import annotations

# Classes the model chooses between. Besides the grounds, 'legal', 'non_infringement' (of a patent: a legal argument),
# 'own_photos' and 'own_creation' (a work of the seller's own) are kinds of 'other' that the decision needs, and
# 'neutral' is what a sentence that argues nothing looks like (greetings, requests, lists).
GROUND_MEANINGS: dict[str, dict[str, object]] = {
    "purchase_invoice": {
        "description": "The seller bought genuine goods from the brand or its distributor and offers an invoice or purchase contract.",
        "examples": [
            "We purchased these goods from the brand's official distributor and have the invoice.",
            "Our stock comes from the manufacturer, see the attached purchase invoice.",
            "These items are genuine, we bought them from an authorised wholesaler.",
            "Proof of purchase is attached: a sales contract with the supplier.",
            "We sourced the products directly from the brand owner's factory outlet.",
            "All units were procured through the official channel, receipts enclosed.",
            "We are resellers of original products bought in bulk from the distributor.",
            "The goods are authentic and were imported from the official supplier, invoice included.",
            "我们的货是从品牌方正规渠道进货的，附上进货发票。",
            "商品均为正品，有采购合同和发票为证。",
        ],
    },
    "licence": {
        "description": "The trademark owner licensed or authorised the seller directly to sell or use the brand.",
        "examples": [
            "We hold a licence from the trademark owner to sell these products.",
            "The brand owner has authorised our store to sell its goods, letter attached.",
            "We are an authorised reseller of this brand.",
            "Our company is the brand's licensed partner for online sales.",
            "Attached is the letter of authorisation issued to us by the rights holder.",
            "We have permission from the mark owner to use the brand name in our listings.",
            "We are an official authorised dealer of the brand.",
            "我们是该品牌的授权经销商，有品牌方出具的授权书。",
            "商标权利人已授权我司销售该商品。",
        ],
    },
    "authorization_chain": {
        "description": "The seller is authorised through intermediaries: the owner authorised a distributor, who authorised the seller.",
        "examples": [
            "The brand authorised its regional distributor, and the distributor authorised us.",
            "We are a second-level dealer: our authorisation comes from the national agent, who is authorised by the owner.",
            "Attached is the chain of authorisation from the manufacturer through the distributor to our shop.",
            "Our supplier holds the brand's licence and has sub-licensed us to sell online.",
            "The owner's letter to the importer and the importer's letter to us are both attached.",
            "We were appointed by the brand's exclusive agent, who was appointed by the brand.",
            "品牌方授权给总代理，总代理再授权给我们，授权链完整。",
            "我司为二级经销商，上级经销商的授权书和品牌方授权书均附上。",
        ],
    },
    "different_product": {
        "description": "The listed product is not the rights holder's product: a different design, model or the seller's own product.",
        "examples": [
            "Our product is a completely different design from yours.",
            "This is our own product, made in our factory to our own specifications.",
            "The item in our listing is not your model; it has a different shape and function.",
            "We sell a generic unbranded product, not a copy of yours.",
            "Our goods are our own original design and do not resemble the brand's product.",
            "It is not the same item at all, compare the pictures.",
            "我们的产品是自主设计的，和贵司的产品不是同一款。",
            "这是我们自己工厂生产的产品，外观和功能都不同。",
        ],
    },
    "no_use_of_mark": {
        "description": "The listing does not use the mark as a brand: the word only describes the product (a colour, a season, "
        "compatibility), or the name and logo do not appear at all.",
        "examples": [
            "The word in our title only describes the colour of the item, it is not used as a brand.",
            "We never use your brand name or logo on the product or in the listing.",
            "The term is used in its ordinary meaning to describe the product, not as a trademark.",
            "Our listing says the case is compatible with your device; we do not claim to sell your brand.",
            "There is no logo or trademark anywhere on our goods.",
            "We only mention the name to describe what the part fits.",
            "We have removed the word from the title.",
            "标题中的词只是描述商品的颜色和特点，并不是作为商标使用。",
            "我们的商品和页面上都没有使用贵方的商标或标识。",
        ],
    },
    "legal": {
        "description": "A legal argument: the right is invalid, expired or not registered there, the seller used the name earlier or "
        "registered it, exhaustion, parallel import, fair use.",
        "examples": [
            "Your trademark is invalid and we have filed a request to cancel it.",
            "We used this name long before you registered it.",
            "We registered the mark ourselves years before your registration.",
            "Your registration does not cover this country, so you have no right to complain here.",
            "This is a parallel import of genuine goods; your rights are exhausted.",
            "The word is a generic term that nobody can own.",
            "Our use is fair use and does not infringe.",
            "贵方商标属于恶意抢注，我方已申请宣告无效。",
            "我们在先使用该名称多年，不构成侵权。",
            "The design is not new: the same product was on sale years before your patent was filed.",
            "We have asked the patent office to declare your patent invalid and the case is pending.",
            "Your registration covers another country only and has no effect where we sell.",
        ],
    },
    # A trademark covers the goods its registration names, grouped in classes: the seller says the goods it sells are not
    # among them. A legal argument about the registration's scope (what it covers), never about where it has effect.
    "classes": {
        "description": "The trademark registration does not cover the seller's goods: it is registered only for other goods or "
        "in other classes, and the listed goods belong to a class it does not include.",
        "examples": [
            "Your trademark is registered for clothing only, so it does not cover the bags we sell.",
            "The registration covers class 25 goods; our products are in class 18, which it does not include.",
            "Your mark protects shoes and hats, not backpacks.",
            "Our goods fall in a different class from the one your trademark is registered in.",
            "The certificate lists only garments, while we sell luggage.",
            "This brand is registered for other goods than ours, so there is no infringement.",
            "Your registration's list of goods does not include the products in our listing.",
            "贵方商标核定使用的商品不包括我们销售的箱包。",
            "我们的商品与贵方商标的类别不同。",
        ],
    },
    # A patent's claims (or a design's drawings) set what it protects: a product without one of their features, or
    # whose structure differs from them, does not infringe. For legal, with a comparison feature by feature.
    "non_infringement": {
        "description": "The product does not infringe the patent: it lacks a feature of the patent's claims, or its structure or "
        "way of working differs from what the claims or the design's drawings protect.",
        "examples": [
            "Our product does not use the mechanism described in your patent claims.",
            "The device lacks one of the essential features of the independent claim, so it falls outside the patent.",
            "Our bottle opens with a push button, while the patented solution uses a twist cap, so the claims do not cover it.",
            "The technical solution of our product is different from the one protected by the utility model.",
            "Compared feature by feature with the patent, our item has no spring element.",
            "The shape and proportions of our lamp differ from the registered design's drawings.",
            "We do not infringe your patent because our hinge works in a different way.",
            "我们的产品缺少专利权利要求中的必要技术特征，不构成专利侵权。",
            "本产品的技术方案与该实用新型专利不同。",
        ],
    },
    "no_contest": {
        "description": "The seller gives up: it has taken the listing down, or will stop selling the goods, and does not dispute the complaint.",
        "examples": [
            "We have removed the product from our shop and will not sell it again.",
            "The item is no longer listed; sorry for the inconvenience.",
            "Sorry, we have deleted the link and the goods are off our shelves.",
            "From today we stop offering these goods.",
            "我们已经把这个商品下架了，以后不会再卖。",
        ],
    },
    "own_photos": {
        "description": "The seller says the pictures are its own: it took the photos itself.",
        "examples": [
            "We took these photos ourselves in our own studio.",
            "All pictures in the listing were shot by our photographer.",
            "The images are our original photographs, we did not copy them.",
            "Our employees photographed every item for the listing.",
            "The pictures were made by our team, nobody else owns them.",
            "图片都是我们自己拍摄的实拍图。",
        ],
    },
    # Against a copyright complaint about a work (an illustration, a pattern or print, a text): the seller says the work
    # is its own creation, often made before the complainant's. Another kind of 'other', raised only against a
    # copyright complaint (grounds.read_grounds), judged in own_creation.py.
    "own_creation": {
        "description": "The seller says the work is its own original creation: it or its staff created, drew or designed the "
        "artwork, illustration, pattern or text, often before the complainant did.",
        "examples": [
            "This illustration is our own original work, drawn by our designer.",
            "We created this pattern ourselves in 2021, before the complainant published theirs.",
            "The artwork printed on our products is our original creation.",
            "Our in-house artist designed the print from scratch.",
            "We are the true author of this design and we made it first.",
            "The text of our listing was written by our own staff.",
            "该图案是我司设计师原创的作品，创作时间早于贵方。",
            "这幅插画由我们独立创作完成。",
            "La ilustración es una obra original nuestra.",
        ],
    },
    "neutral": {
        "description": "A sentence that argues nothing: a greeting, a request, a thank-you, a note that something is attached.",
        "examples": [
            "Hello, thank you for your time.",
            "Please check the attachment and withdraw the complaint.",
            "Kindly review our appeal and restore the listing.",
            "We look forward to your reply.",
            "Best regards, the store team.",
            "Please see the attached files.",
            "We hope this can be resolved quickly.",
            "Our shop always follows the platform rules and is fully compliant.",
            "It is unfair that only our store was reported when others sell the same.",
            "We are a small business and this is our first problem.",
            "Please give us another chance.",
            "您好，请核实后撤回投诉，谢谢。",
            # What argues no ground although it sounds like one: a bare claim that the goods are genuine, years of
            # selling, what kind of shop the seller is, a document named as attached, photos of the goods or box, a
            # signature line, a case reference.
            "Our products are 100% original and authentic.",
            "We have been selling this item for years without any problem.",
            "We are a small shop that resells products online.",
            "The notice from the office is attached as a PDF.",
            "Scans of the carton and its label are enclosed as proof.",
            "Kind regards, Li Na, manager of the online store.",
            "Our reference number for this matter is AB-2024-118.",
            # The goods said to be as their maker made them: part of a claim that they are genuine, no ground of its own.
            "We changed nothing on the items or their tags.",
            # Courtesy to the owner: respecting its rights argues nothing about them.
            "We respect your trademark rights.",
            # Who writes, after its name: a store's owner is not a brand's licensee.
            "The owner and operator of the online shop that sells the item.",
        ],
    },
}

__all__ = ["GROUND_MEANINGS"]


# The two ways a seller says the listing makes no use of the mark as a brand, told apart by meaning: the word is there
# only to say what the goods fit or are for, or to describe them (a use legal weighs against the title), or the mark is
# not shown at all (the title settles that). Written in our own words, as the examples above.
REFERENTIAL_USE = (
    "We only use the brand name to say which model our part fits.",
    "These are replacement parts for that brand's products, made by us under our own brand.",
    "The name in the title only tells buyers which devices the accessory works with.",
    "Our spare lenses are for your goggles; the word is there so buyers know they fit.",
    "The word only describes the style or the colour of the product, not who made it.",
)
MARK_NOT_SHOWN = (
    "We never use your brand name or logo on the product or in the listing.",
    "There is no logo or trademark anywhere on our goods.",
    "We have removed the word from the title.",
    "Our listing does not mention your brand at all.",
)

