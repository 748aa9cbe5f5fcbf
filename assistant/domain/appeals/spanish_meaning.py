"""Grounds in Spanish sentences: Miravia's sellers write Spanish, and the bundled model was trained on English.

all-MiniLM-L6-v2 reads Spanish poorly (its word pieces are English), so a Spanish sentence is read by the words that
name each ground: purchase papers (factura, ticket, albarán), buying (compramos ... a/en), importing, a licence or an
authorised distributor, a different product, no use of the mark, a legal argument. They are the closed vocabulary of
documents and of the verbs sellers use, not one appeal's wording; no cue was fitted to an evaluation case.
"""

from __future__ import annotations

import re

# Words only Spanish uses, enough of them to say a sentence is Spanish (not an English one quoting 'factura').
_SPANISH_RE = re.compile(
    r"\b(?:los|las|que|somos|hemos|compramos|vendemos|nuestr[oa]s?|productos?|adjuntamos|adjunto|solicitamos|rogamos|factura|"
    r"unidades|originales|marca|tienda|reclamaci[oó]n|denuncia|anuncio|por favor|gracias|el|la|su|tiene|del|una?|con|para|por|nos|estamos"
    r"|tenemos|contamos|est[oa]s?|este|sus|pero|desde|vender|tambi[eé]n|adem[aá]s|ning[uú]n[oa]?|aceptamos)\b"
)

_CLASSES: dict[str, re.Pattern[str]] = {
    "purchase_invoice": re.compile(
        r"\bfactura|\bticket\b|albar[aá]n|justificante de (?:compra|pago)|prueba de compra|recibo de compra"
        r"|\b(?:compr|adquir)[a-záéíó]*\b(?:\s+\S+){0,6}?\s+(?:a|en|de|al)\s+\S"
        r"|\bimportad[oa]s?\s+(?:de|desde)\b|\bproveedor oficial|distribuidor oficial de quien"
        # Where the goods come from: 'proceden de un mayorista', 'procedentes de nuestro proveedor'.
        r"|\bproceden(?:tes)?\s+de\s+(?:(?:un|una|nuestr[oa]s?|el|la|los|las)\s+)?(?:mayorista|distribuidor|proveedor|f[aá]brica|fabricante|importador)"
    ),
    "licence": re.compile(
        r"\blicencia\b|\blicenciante\b|autorizaci[oó]n de (?:la )?marca|carta de autorizaci[oó]n|autorizad[oa]s? por (?:la marca|el titular|el fabricante)"
        r"|(?:vendedor|revendedor) (?:oficial )?autorizado"  # an authorised distributor resells goods it buys (grounds.distributor_reading)
        # Held, in the seller's words: 'tenemos la autorización de X', 'contamos con su permiso', 'X nos autorizó a venderlas',
        # 'estamos autorizados por X'; not one it lacks ('no tenemos permiso', 'sin autorización').
        r"|(?<!no )\b(?:tenemos|contamos con|disponemos de|poseemos|obtuvimos|hemos obtenido|recibimos|hemos recibido)\s+(?:\w+\s+){0,2}?"
        r"(?:autorizaci[oó]n(?:es)?|permisos?|licencias?|consentimiento)\b"
        r"|(?<!no )\bnos\s+(?:ha\s+|han\s+)?(?:autoriz[oóa]\w*|permiti[oó]\w*|dio permiso|concedi[oó]\w*)"
        r"|(?<!no )\b(?:estamos|somos|fuimos|hemos sido)\s+(?:\w+mente\s+)?autorizad[oa]s\b"
        # A grant renewed, extended or given by the owner, named as its act: 'Nordvik renovó la autorización el 2 de enero de
        # 2026', 'el titular nos prorrogó la licencia', 'nos concedieron el permiso'.
        r"|(?<!no )\b(?:renov[oó]|renovaron|ha renovado|han renovado|prorrog[oó]|prorrogaron|ampli[oó]|extendi[oó]|concedi[oó]|concedieron"
        r"|otorg[oó]|otorgaron)\b[^.;]{0,25}\b(?:autorizaci[oó]n|licencia|permiso)\b"
        # The authorisation named with who signed or issued it: 'la autorización firmada por su responsable de ventas'.
        r"|(?<!sin )\bautorizaci[oó]n(?:es)?\s+(?:\w+\s+){0,2}?(?:firmad|emitid|otorgad|concedid|expedid|sellad)[oa]s?\s+por\b"
    ),
    "different_product": re.compile(
        r"producto (?:diferente|distinto)|dise[ñn]o propio|nuestro propio (?:dise[ñn]o|producto)|no es (?:el mismo|una copia|una falsificaci[oó]n)"
        r"|sin marca|marca propia"
        # Not the seller's product, or the wrong shop: 'este producto no es nuestro', 'se han equivocado de tienda', 'genérico'.
        r"|\b(?:producto|art[ií]culo|anuncio|mochila|bolso)s?\b[^.;]{0,20}\bno (?:es|son) (?:el |la |los |las )?nuestr[oa]s?\b"
        r"|equivocad[oa]s? de (?:tienda|vendedor|anuncio|producto)|\b(?:producto|art[ií]culo)s? gen[eé]ric[oa]s?\b"
        # Its design or model said to differ from ours: 'un diseño distinto', 'el diseño es diferente', 'otro modelo'.
        r"|(?:dise[ñn]o|modelo|(?<!de )forma|aspecto|estilo)\s+(?:\w+\s+){0,3}?(?:diferente|distint[oa])|(?:diferente|distint[oa]|otro)\s+(?:dise[ñn]o|modelo)"
    ),
    "no_use_of_mark": re.compile(
        r"no (?:usamos|utilizamos|empleamos) (?:la |su |ninguna )?(?:marca|logo)|sin (?:logo|logotipo|marca)\b|solo (?:para )?describir|uso descriptivo"
        # 'no es uso de marca': the seller says what it does is no use of the mark.
        r"|\bno (?:es|constituye|supone) (?:un )?uso (?:de (?:la )?marca|marcario)"
        r"|ning[uú]n (?:logotipo|logo)\b"
        # the mark named only to say what the goods fit: 'solo indica para qué alicates sirven', 'solo dice a qué modelo se adaptan'
        r"|\b(?:solo|s[oó]lamente|[uú]nicamente) (?:indica|dice|se[ñn]ala|describe) (?:para|a|con) (?:qu[eé]|cu[aá]l)"
    ),
    # What the patent covers, and that the product lacks it or differs from it (both in the sentence, in either order).
    "non_infringement": re.compile(
        r"(?=.*(?:reivindicaci[oó]n|patente|modelo de utilidad|dise[ñn]o (?:industrial )?registrado))"
        r"(?=.*(?:\bno (?:tiene|infringe|incluye|usa|utiliza|contiene|entra|cae|presenta)\b|\bdiferente|\bdistint[oa]|\bcarece))"
    ),
    # Giving up, said of itself: 'hemos retirado el anuncio', 'no volveremos a venderlo', 'dejamos de vender'.
    "no_contest": re.compile(
        r"\b(?:(?:hemos|ya)\s+(?:\w+\s+)?(?:retirado|eliminado|quitado|borrado|dado de baja|desactivado)|retiramos|eliminamos|quitamos"
        r"|borramos)\s+(?:\w+\s+){0,2}?(?:anuncios?|productos?|art[ií]culos?|publicaci[oó]n(?:es)?|enlaces?|listados?|ofertas?|p[aá]ginas?)\b"
        r"|\b(?:retirado|eliminado|quitado|borrado|retiramos|eliminamos|quitamos|borramos)\b[^.;]{0,40}?\bde(?:l| la| nuestra)? (?:tienda|cat[aá]logo|escaparate)\b"
        r"|\bno (?:l[oa]s? |les? )?(?:volveremos a|vamos a (?:volver a )?)(?:vender|publicar|ofrecer)|\bdej(?:amos|aremos) de (?:vender|publicar|ofrecer)"
        r"|\bya no (?:vendemos|venderemos|ofrecemos)\b"
    ),
    # The listing's photos said to be the seller's own: a word for pictures and one that says they are ours or we made them
    # ('las fotos son nuestras, las hicimos nosotros', 'las imágenes fueron tomadas por nuestro fotógrafo', 'fotos propias').
    "own_photos": re.compile(
        # (or, for 'las hicimos en nuestro propio estudio', the studio, camera or photographer they were made with)
        r"^(?=.*\b(?:fotos?|fotograf[ií]as?|im[aá]gen(?:es)?|estudio|c[aá]mara|fot[oó]graf[oa])\b)(?!.*\b(?:autoriz|licencia|permiso))"
        r".*(?:\b(?:son|eran|es) (?:nuestr[oa]s?|propias|m[ií]as?)\b|\b(?:hicimos|sacamos|tomamos|fotografiamos|realizamos)\b"
        r"|\bhemos (?:hecho|sacado|tomado|fotografiado|realizado)\b|\b(?:hechas|tomadas|sacadas|realizadas) por (?:nosotros|nuestr[oa])"
        # 'las hizo nuestro propio equipo': our team (studio, photographer) as the one that made them
        r"|\b(?:hizo|hicieron|sac[oó]|sacaron|tom[oó]|tomaron|realiz[oó]|realizaron)\b[^.;]{0,15}\bnuestr[oa]s? (?:propi[oa] )?(?:equipo|fot[oó]graf[oa]|estudio|personal)\b"
        r"|\bnuestras propias (?:fotos|fotograf|im[aá]gen)|\b(?:fotos|fotograf[ií]as|im[aá]genes) propias\b)"
    ),
    "legal": re.compile(
        r"importaci[oó]n paralela|agotamiento|marca (?:caducada|nula|no registrada)|uso (?:previo|anterior)|patente (?:nula|caducada)"
        r"|nulidad"
    ),
}


def spanish_words(sentence: str) -> int:
    """How many words of a (normalised, lower-case) sentence Spanish uses."""
    return len(_SPANISH_RE.findall(sentence))


def is_spanish(sentence: str) -> bool:
    """Whether a (normalised, lower-case) sentence is Spanish: two or more words only Spanish uses."""
    return spanish_words(sentence) >= 2


def spanish_classes(sentence: str) -> set[str]:
    """The classes a Spanish sentence argues by its words (empty for a sentence in another language)."""
    text = sentence.lower()
    if not is_spanish(text):
        return set()
    return {name for name, pattern in _CLASSES.items() if pattern.search(text)}


__all__ = ["is_spanish", "spanish_classes", "spanish_words"]
