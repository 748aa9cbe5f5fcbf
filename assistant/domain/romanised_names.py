"""A Chinese company name written in Latin letters: in pinyin, with some of its words in their usual English, or both.

Chinese companies write their own names for foreign papers by sound ('Shenzhen Guangming Zhaoming Co., Ltd.' for
'深圳市光明照明有限公司') or by sound and sense together ('Shenzhen Guangming Lighting Co., Ltd.': 照明 is 'lighting'). The
two are one company: its name, read aloud or translated word by word. The pinyin comes from ``pypinyin`` (its
dictionary inside the package, offline), every reading of a character tried, so a character read two ways ('长' as
chang or zhang) is matched either way; the English comes from the table below, the usual English of the words Chinese
company names are made of (a trade, a product, 'international', 'group'). Words for a kind of place (市 'city', 省
'province', 区 'district', 县 'county') are often left out in English. The legal forms must agree ('有限公司' is
'Co., Ltd.' or 'Limited', see legal_forms.py); a Latin name written without one may still be the company's.

A match is a reading, not a certainty: names are said with both forms quoted ('Shenzhen Guangming Zhaoming Co., Ltd.'
is '深圳市光明照明有限公司' written in pinyin), so a person sees what was matched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.domain.legal_forms import same_form_in_another_language, split_legal_form

_HAN_RE = re.compile(r"[\u3400-\u9fff]+")
_LATIN_NAME_RE = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’.&\s-]*")
# Words for a kind of place, often left out when a name is written in English: 深圳市 is 'Shenzhen'.
_PLACE_KINDS = frozenset("市省区县镇")

# The usual English of the words Chinese company names are made of. Each is matched as whole words, in any letter case,
# with or without a plural 's'.
_ENGLISH = {
    "照明": ("lighting", "illumination"), "灯饰": ("lighting", "lamps", "lights"), "灯具": ("lighting", "lamps"),
    "电子": ("electronic", "electronics"), "电器": ("electric appliance", "electrical appliance", "electric", "electrical", "appliance"),
    "光电": ("optoelectronic", "optoelectronics", "photoelectric"), "科技": ("technology", "tech", "science and technology", "sci-tech"),
    "技术": ("technology", "tech"), "贸易": ("trading", "trade"), "商贸": ("trading", "trade", "commerce", "commercial"),
    "工贸": ("industry and trade", "industrial and trading", "industrial & trading", "industry & trade"),
    "进出口": ("import and export", "import & export", "imp and exp", "imp & exp", "i/e"), "国际": ("international", "intl"),
    "实业": ("industrial", "industry", "industries"), "工业": ("industrial", "industry", "industries"), "集团": ("group",),
    "控股": ("holding", "holdings"), "发展": ("development",), "制造": ("manufacturing", "manufacture"), "制品": ("products", "product"),
    "用品": ("products", "supplies", "goods"), "日用品": ("daily necessities", "daily products", "household products"),
    "服饰": ("apparel", "garment", "clothing", "fashion"), "服装": ("garment", "clothing", "apparel"), "鞋业": ("shoes", "footwear"),
    "家居": ("home", "household", "home furnishing", "homeware"), "家具": ("furniture",), "家纺": ("home textile",),
    "纺织": ("textile",), "皮具": ("leather goods", "leather"), "箱包": ("luggage", "bags", "bag"), "玩具": ("toy", "toys"),
    "五金": ("hardware",), "机械": ("machinery", "machine"), "工具": ("tools", "tool"), "刀具": ("cutlery", "knives", "knife", "tools"),
    "厨具": ("kitchenware", "kitchen"), "厨房用品": ("kitchenware", "kitchen supplies"), "陶瓷": ("ceramics", "ceramic", "porcelain"),
    "茶器": ("teaware", "tea ware"), "茶叶": ("tea",), "食品": ("food", "foods", "foodstuff"), "化妆品": ("cosmetics", "cosmetic"),
    "美容": ("beauty",), "生物": ("biotech", "biotechnology", "biological"), "医疗器械": ("medical devices", "medical equipment"),
    "汽车": ("auto", "automobile", "automotive", "car"), "配件": ("parts", "accessories"), "包装": ("packaging", "package"),
    "印刷": ("printing",), "塑胶": ("plastic", "plastics"), "塑料": ("plastic", "plastics"), "金属": ("metal",), "材料": ("material",),
    "新材料": ("new material",), "能源": ("energy",), "环保": ("environmental protection", "eco"), "数码": ("digital",),
    "通讯": ("communication", "telecom"), "通信": ("communication", "telecom"), "网络": ("network", "internet"),
    "信息": ("information", "info"), "智能": ("intelligent", "smart"), "文化": ("culture", "cultural"), "传媒": ("media",),
    "运动": ("sports", "sport", "sporting goods"), "体育": ("sports", "sport", "sporting goods"), "户外": ("outdoor", "outdoors"),
    "户外用品": ("outdoor products", "outdoor goods", "outdoor"), "宠物": ("pet", "pets"), "母婴": ("baby", "mother and baby"),
    "礼品": ("gift", "gifts"), "饰品": ("jewelry", "jewellery", "accessories"), "首饰": ("jewelry", "jewellery"),
    "眼镜": ("eyewear", "glasses", "optical"), "钟表": ("watch", "watches", "clock"), "音响": ("audio", "acoustics"),
    "供应链": ("supply chain",), "电子商务": ("e-commerce", "ecommerce"), "电商": ("e-commerce", "ecommerce"),
    "工艺品": ("crafts", "handicrafts", "arts and crafts"), "商行": ("trading", "store", "firm"), "工厂": ("factory",), "厂": ("factory",),
    "贸易行": ("trading",), "香港": ("hong kong",), "澳门": ("macau", "macao"), "市": ("city",), "省": ("province",),
    "区": ("district",), "县": ("county",),
}


@lru_cache(maxsize=4096)
def _readings(char: str) -> tuple[str, ...]:
    """A character's readings in pinyin without tones ('长': chang, zhang), 'ü' also as 'u' and 'v' as people type it."""
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    readings = {reading.lower() for group in found for reading in group}
    readings |= {r.replace("ü", "u") for r in readings} | {r.replace("ü", "v") for r in readings}
    return tuple(sorted(r for r in readings if r.isascii() and r.isalpha()))


def _spelled(words: str) -> tuple[str, frozenset[int]]:
    """Latin words as letters only ('shenzhenguangmingzhaoming') and where each word starts in them."""
    letters, starts = "", set()
    for word in re.split(r"[\s\-]+", words.casefold().replace("&", " and ")):
        word = re.sub(r"[^a-z\u00e0-\u024f/]", "", word)
        if word:
            starts.add(len(letters))
            letters += word
    return letters, frozenset(starts | {len(letters)})


def _english_forms(word: str) -> list[str]:
    return [spelled for english in _ENGLISH.get(word, ()) for spelled in {_spelled(english)[0], _spelled(english)[0] + "s"}]


def _reading(han: str, letters: str, starts: frozenset[int]) -> frozenset[str] | None:
    """How ``letters`` spell ``han`` ('pinyin', 'English', or both), or None when they do not: character by character in
    pinyin (a word's syllables may be joined or apart, never split across two words), or a word at a time in English
    (whole words), a word for a kind of place perhaps left out."""
    longest = max(map(len, _ENGLISH))

    @lru_cache(maxsize=None)
    def walk(i: int, j: int) -> frozenset[str] | None:
        if i == len(han):
            return frozenset() if j == len(letters) else None
        if han[i] in _PLACE_KINDS and (rest := walk(i + 1, j)) is not None:
            return rest
        for reading in _readings(han[i]):
            end = j + len(reading)
            if letters.startswith(reading, j) and not any(j < s < end for s in starts) and (rest := walk(i + 1, end)) is not None:
                return rest | {"pinyin"}
        if j not in starts:
            return None
        for size in range(min(longest, len(han) - i), 0, -1):
            for english in _english_forms(han[i:i + size]):
                end = j + len(english)
                if letters.startswith(english, j) and end in starts and (rest := walk(i + size, end)) is not None:
                    return rest | {"English"}
        return None

    return walk(0, 0)


@lru_cache(maxsize=4096)
def romanised_as(latin: str, chinese: str) -> str | None:
    """How the company name ``latin`` writes the Chinese company name ``chinese``: 'pinyin', 'pinyin and English' or
    'English'; None when it is not that name read aloud or translated, or its legal form is not the same form in English
    ('Shenzhen Guangming Zhaoming Co., Ltd.' writes '深圳市光明照明有限公司' in pinyin)."""
    latin_base, latin_form = split_legal_form(re.sub(r"[.,](?=[A-Za-z])", lambda m: m.group(0) + " ", latin.strip()))  # 'CO.,LTD'

    han_base, han_form = split_legal_form(chinese.strip())
    han_base = han_base.strip()
    if not (_HAN_RE.fullmatch(han_base) and _LATIN_NAME_RE.fullmatch(latin_base or "")):
        return None
    if latin_form and han_form and not same_form_in_another_language(han_form, latin_form):
        return None
    letters, starts = _spelled(latin_base)
    if len(letters) < 2:
        return None
    how = _reading(han_base, letters, starts)
    if not how:
        return None
    return " and ".join(part for part in ("pinyin", "English") if part in how)


def romanised_pair(a: str, b: str) -> str | None:
    """How one of two company names writes the other in Latin letters ('pinyin', 'pinyin and English'), either way round."""
    return romanised_as(a, b) or romanised_as(b, a)


__all__ = ["romanised_as", "romanised_pair"]
