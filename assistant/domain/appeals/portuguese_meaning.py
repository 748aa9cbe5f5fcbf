"""Grounds in Portuguese sentences: Miravia's and AliExpress's sellers write it, and the bundled model (all-MiniLM-L6-v2,
English word pieces) does not read it.

As for Spanish (spanish_meaning), a sentence is read by the closed vocabulary that names each ground: the purchase papers
(fatura, nota fiscal, recibo) and the verbs of buying, a licence or an authorisation the seller says it holds, another
product, no use of the mark, giving up, the seller's own photos, a legal argument. Portuguese shares many words with
Spanish ('compramos', 'marca', 'para'), so a sentence is Portuguese by the words only Portuguese writes ('não', 'são',
'vocês', 'uma', 'com', 'em', 'do'). No cue was fitted to an evaluation case.
"""

from __future__ import annotations

import re

# Words only Portuguese writes (none that Spanish, Italian, English or German writes alike: 'compramos', 'da', 'dos', 'das', 'ja' are not
# among them), enough of them to say a sentence is Portuguese.
_PORTUGUESE_RE = re.compile(
    # (any word with a nasal vowel, 'ã' or 'õ': 'autorização', 'então', 'ações'; none in Spanish)
    r"\b(?:\w*[ãõ]\w*|nao|sao|estao|bom|boa|licen[çc]as?|c[óo]pia(?<!copia)|amanh[ãa]|hoje|ontem|ol[áa](?<!ola)|prezad[oa]s?|cumprimentos"
    r"|atenciosamente|voc[êe]s?|n[óo]s\b(?<!nos)|uma|com|em|num|numa|aos|nossa|nossos|nossas|nosso|tamb[ée]m|isto|isso"
    r"|essa|esse|muito|obrigad[oa]|loja|an[úu]ncio(?<!anuncio)|den[úu]ncia(?<!denuncia)|reclama[çc][ãa]o|faturas?|nenhum|nenhuma|tivemos"
    r"|temos|fomos|foram|pelo|pela|sem|j[á]|at[é]|s[ó]|ent[ãa]o|produtos?|fazemos)\b"
)
# How many make a sentence Portuguese.
_ENOUGH = 2

_CLASSES: dict[str, re.Pattern[str]] = {
    "purchase_invoice": re.compile(
        r"\bfaturas?\b|\bfacturas?\b|\bnota fiscal\b|\brecibos?\b|\bcomprovativo de compra|\bcomprovante de compra|\bguia de remessa"
        # Buying, said with where or whom from: 'compramos as tendas num armazém', 'adquirimos ao distribuidor', 'compradas a um
        # distribuidor', 'compramos de um atacadista'.
        r"|\b(?:compr|adquir)[a-záéíóãõç]*\b(?:\s+\S+){0,6}?\s+(?:a|ao|à|de|do|da|em|no|na|num|numa)\s+\S"
        r"|\bimportad[oa]s?\s+(?:de|do|da)\b"
    ),
    # A licence or an authorisation the seller says it holds or was given ('temos uma licença da Nordvik', 'a Nordvik
    # autorizou-nos', 'somos revendedor autorizado'); a denial ('não temos nenhuma autorização') is read as such by the
    # negation reader (unsure_words), never here.
    "licence": re.compile(
        r"\blicen[çc]as?\b|\blicenciad[oa]s?\b|\bcarta de autoriza[çc][ãa]o|\brevendedor(?:es)? (?:oficial )?autorizad[oa]s?\b"
        r"|\b(?:temos|tivemos|possu[íi]mos|recebemos|obtivemos)\s+(?:\w+\s+){0,2}?(?:autoriza[çc](?:[ãa]o|[õo]es)|permiss(?:[ãa]o|[õo]es))\b"
        r"|\bautorizou-nos\b|\bnos autorizou\b|\b(?:somos|fomos|estamos)\s+(?:\w+mente\s+)?autorizad[oa]s\b"
    ),
    "different_product": re.compile(
        r"\bproduto (?:diferente|distinto)|\bdesign pr[óo]prio|\bmarca pr[óo]pria|\bsem marca\b|\bn[ãa]o [ée] (?:o mesmo|uma c[óo]pia)"
        r"|\b(?:design|modelo|formato|estilo)\s+(?:\w+\s+){0,3}?(?:diferente|distint[oa])|\b(?:outro|diferente) (?:design|modelo)\b"
        r"|\b(?:produto|artigo|an[úu]ncio)s?\b[^.;]{0,20}\bn[ãa]o (?:[ée]|s[ãa]o) (?:o |a |os |as )?noss[oa]s?\b"
    ),
    "no_use_of_mark": re.compile(
        r"\bn[ãa]o (?:usamos|utilizamos) (?:a |o |sua |nenhuma )?(?:marca|logo|log[óo]tipo)|\bsem (?:logo|log[óo]tipo|marca)\b"
        r"|\buso descritivo\b"
    ),
    # Giving up, said of itself: 'já retirámos o anúncio', 'removemos os produtos', 'não vamos voltar a vender'.
    "no_contest": re.compile(
        r"\b(?:j[áa]\s+)?(?:retir[áa]mos|removemos|apag[áa]mos|elimin[áa]mos|desativ[áa]mos)\s+(?:\w+\s+){0,2}?(?:an[úu]ncios?|produtos?|artigos?"
        r"|publica[çc](?:[ãa]o|[õo]es)|links?|ofertas?|p[áa]ginas?)\b"
        r"|\bn[ãa]o (?:vamos|iremos) (?:voltar a )?(?:vender|publicar|anunciar)|\bdeix(?:amos|aremos) de (?:vender|publicar|anunciar)"
    ),
    "own_photos": re.compile(
        r"^(?=.*\b(?:fotos?|fotografias?|imagens?)\b)(?!.*\b(?:autoriza|licen[çc]))"
        r".*(?:\b(?:s[ãa]o|[ée]) (?:noss[oa]s|pr[óo]prias)\b|\b(?:tir[áa]mos|fotograf[áa]mos|fizemos)\b|\bnossas (?:pr[óo]prias )?(?:fotos|fotografias|imagens)\b"
        r"|\b(?:tiradas|feitas) por n[óo]s\b|\bnosso fot[óo]grafo\b)"
    ),
    "legal": re.compile(r"\bimporta[çc][ãa]o paralela|\besgotamento\b|\bmarca (?:caducada|nula)|\buso (?:anterior|pr[ée]vio)|\bnulidade\b"),
}


def portuguese_words(sentence: str) -> int:
    """How many words of a (normalised, lower-case) sentence Portuguese uses."""
    return len(_PORTUGUESE_RE.findall(sentence))


def portuguese_classes(sentence: str) -> set[str]:
    """The classes a Portuguese (normalised, lower-case) sentence argues by its words; empty for a sentence in another language."""
    text = sentence.lower()
    if portuguese_words(text) < _ENOUGH:
        return set()
    return {name for name, pattern in _CLASSES.items() if pattern.search(text)}


__all__ = ["portuguese_classes", "portuguese_words"]
