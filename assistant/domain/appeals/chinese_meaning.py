"""Grounds by meaning in Chinese sentences: concept pairs, because the bundled model cannot read Chinese.

The bundled model (all-MiniLM-L6-v2) has an English word-piece vocabulary: most Chinese characters become [UNK]
(of "这批茶具是我们直接从云岫杭州总仓拿的货" only 我, 州 and 的 survive), so its similarities on Chinese sentences sit
between 0.6 and 0.9 for every class and say little. `benchmarks/appeal_grounds_chinese.py` measures it on 30
Chinese sentences: the tokenizer keeps 26 % of their characters; the model alone reads them at F1 0.375 (precision
0.429), the keyword patterns alone at F1 0.500 (precision 1.000, recall 0.333), keywords with these pairs at F1 0.898
(precision 1.000, recall 0.815). Those sentences were written after the cues below, so the pairs' figure is an
upper bound until sentences written apart from them are scored. A multilingual sentence model would read Chinese paraphrase, but none is bundled or
installable offline here; until one is, Chinese sentences are read by the keyword patterns (grounds.py) and by
these concept pairs.

A concept pair is a ground's two halves: what the seller did and what shows it, or what the word is and what it is
not. A sentence argues the ground when it holds a cue of each half, in any words between them ("从总仓拿的货" +
"单据都在" is a purchase; "形容釉色" + "没有拿它当牌子用" is descriptive use). This reads paraphrase the fixed
phrases miss, and stays precise because one half alone raises nothing. The cues were written from the ways sellers
put each argument; no threshold or cue was fitted to an evaluation case.
"""

from __future__ import annotations

import re

_CJK_RE = re.compile(r"[\u4e00-\u9fff]")

# Each class: pairs of (first half, second half); one pair matching raises the class.
_PAIRS: dict[str, list[tuple[re.Pattern[str], re.Pattern[str]]]] = {
    "purchase_invoice": [
        (
            re.compile(r"拿货|拿的货|进的货|进货|采购|购入|购买|买的|买来|买了|订货|订的货|批发|货源|总仓|工厂直供|厂家直供|官方渠道|正规渠道"),
            re.compile(r"单据|凭证|发票|付款|转账|流水|合同|收据|订单|票据|记录|证明"),
        ),
        # Bought from a named source: 'from the maker / the brand / a company' and a verb of buying ('直接从品牌方…购买了80件').
        (
            re.compile(r"(?:从|向|自)[^，。；]{0,30}?(?:厂家|厂商|工厂|品牌方|品牌商|公司|总仓|官方|经销商|代理商|批发商|供应商|供货商)"),
            re.compile(r"购买|购入|买了|买的|买来|采购|进货|拿货|订购|订货"),
        ),
        # Imported goods, counted or declared at customs ('我们从日本进口了500个，附上报关单'): the goods' source, with its papers.
        (
            re.compile(r"进口了|进口的|进口过|报关进口"),
            re.compile(r"报关单|海关|单据|凭证|发票|\d+\s*[个件双台套只箱]"),
        ),
    ],
    "licence": [
        (
            re.compile(r"授权|许可|同意|允许|批准|授予|认可"),
            re.compile(r"品牌方|品牌商|品牌所有人|商标(权利人|持有人|注册人|所有人)|权利人|厂家|厂商|商标方|总公司"),
        ),
        # The seller obtained a licence or an authorisation ('已获得…的专利实施许可', '我们已获得Lumina Design的授权'); not a
        # permit (许可证), nor one it did not obtain (未获得, 没有获得).
        (
            re.compile(r"(?<![未没不])(?<!没有)(?:获得|取得|拿到|持有|得到)"),
            re.compile(r"许可(?!证)|授权"),
        ),
    ],
    "authorization_chain": [
        (
            re.compile(r"授权|授予|销售权|代理权|经销权"),
            # The one who passed the authorisation on: not "授权经销商", which is the seller's own title.
            re.compile(r"总代|总经销|上级|省代|省级代理|市级代理|区域代理|一级|二级|供货商|供应商|批发商"),
        ),
    ],
    "no_use_of_mark": [
        (
            re.compile(r"形容|描述|说明|指的是|意思是|代表|表示"),
            re.compile(r"(不是|并非|没有|从来没有|从未|不作为|没有把|没拿|不当)[^，。；]{0,10}(品牌|商标|牌子|标识|logo)"),
        ),
        (
            re.compile(r"标题|链接|页面|详情|图片|包装"),
            re.compile(r"(没有|从来没有|从未|未|不曾|没)[^，。；]{0,6}(出现|使用|用过|用|写|标)[^，。；]{0,6}(品牌|商标|牌子|标识|logo)"),
        ),
    ],
    "different_product": [
        (
            # ('不同意' is 'we disagree', never 'different')
            re.compile(r"不一样|不同(?!意)|两回事|不是一个|不是同一|区别|差别"),
            re.compile(r"产品|商品|款|货|东西|设计|外观|型号|图案|图形|花纹|造型|作品"),
        ),
    ],
    # The product outside the patent's claims: what the patent covers, and that the product lacks it or differs.
    "non_infringement": [
        (
            re.compile(r"专利|权利要求|实用新型|技术特征|技术方案|保护范围"),
            re.compile(r"不同|不一样|区别|不具备|不具有|缺少|缺乏|没有|不包含|未落入|不落入|不属于|不相同|不构成侵权|未侵犯|不侵犯"),
        ),
    ],
    "legal": [
        (
            re.compile(r"商标|专利|版权|注册"),
            re.compile(r"撤销|无效|过期|失效|抢注|不成立|不合法"),
        ),
    ],
    "own_photos": [
        (
            re.compile(r"照片|图片|主图|实拍|拍摄"),
            re.compile(r"(自己|我们|本店|我司|自家|店里|员工|摄影师)[^，。；]{0,10}拍"),
        ),
    ],
}


def is_chinese(sentence: str) -> bool:
    """Whether a sentence is mostly Chinese (more Han characters than Latin letters)."""
    han = len(_CJK_RE.findall(sentence))
    latin = sum(1 for ch in sentence if ch.isascii() and ch.isalpha())
    return han > latin


def chinese_classes(sentence: str) -> set[str]:
    """The classes a Chinese sentence argues by its concept pairs (empty for a sentence in another language)."""
    if not is_chinese(sentence):
        return set()
    text = sentence.lower()
    return {name for name, pairs in _PAIRS.items() if any(a.search(text) and b.search(text) for a, b in pairs)}


def chinese_descriptive(sentence: str) -> bool:
    """Whether a Chinese sentence says the word only describes the product (the first pair of 'no use of the mark')."""
    describe, not_brand = _PAIRS["no_use_of_mark"][0]
    text = sentence.lower()
    return is_chinese(sentence) and bool(describe.search(text) and not_brand.search(text))


__all__ = ["chinese_classes", "chinese_descriptive", "is_chinese"]
