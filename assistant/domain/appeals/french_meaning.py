"""Grounds in French sentences: sellers in France, Belgium and Switzerland answer AliExpress and Miravia complaints in
French, and the bundled model (all-MiniLM-L6-v2, English word pieces) reads it poorly: 'Nous avons acheté ces produits
auprès d'un distributeur agréé, facture ci-jointe' raises no class.

As for Spanish (spanish_meaning), a sentence is read by the closed vocabulary that names each ground: the verbs of buying
and the purchase papers (facture, bon de livraison), a licence or an authorisation the seller says it holds, another model
or design, no mark on the goods, the listing's photos the seller's own, and giving up. 'Contrefaçon ? Non' denies
counterfeiting: it is no ground of its own (genuine goods are shown by where they were bought), and no admission either.
No cue was fitted to an evaluation case.
"""

from __future__ import annotations

import re

# Words only French uses, enough of them to say a sentence is French (not an English one quoting 'facture').
_FRENCH_RE = re.compile(
    r"\b(?:nous|vous|avons|sommes|notre|nos|votre|vos|est|sont|pour|avec|dans|une|merci|cordialement|bonjour|madame|monsieur"
    r"|ci-jointe?|cette|ces|pas|aux|auprès|chez|déjà|très|également|produits|annonce|facture|achetés?|authentiques|leur|leurs)\b"
)
# A word that takes back what follows: 'sans autorisation', 'pas de licence'.
_NOT = r"(?<!sans )(?<!pas d')(?<!pas de )(?<!aucune )"

_CLASSES: dict[str, re.Pattern[str]] = {
    "purchase_invoice": re.compile(
        r"\bfactures?\b|\bticket de caisse\b|\bbon de (?:livraison|commande)\b|\b(?:preuve|justificatif) d'achat\b"
        r"|\b(?:achet(?:é|ée|és|ées|ons|er)|acquis(?:es)?|command(?:é|ée|és|ées|ons)|import(?:é|ée|és|ées|ons))\b[^.;]{0,60}\b(?:auprès d|chez|de|du|des|à)\b"
        r"|\bnous (?:nous )?approvisionn\w*|\bprovien(?:nent|t) (?:d'|de |du |des )"
    ),
    # A licence or an authorisation the seller says it holds ('nous avons l'autorisation de la marque', 'nous sommes autorisés
    # par le titulaire'); not a source that is authorised ('auprès d'un distributeur agréé': a purchase), nor one it lacks.
    "licence": re.compile(
        _NOT + r"\b(?:licence|sous-licence|lettre d'autorisation|contrat de licence)\b"
        r"|\bnous sommes (?:\w+ )?(?:autorisés|agréés|habilités|licenciés)\b|\bautorisés? par (?:la marque|le titulaire|le fabricant)\b"
        r"|\bnous (?:avons|disposons de|détenons) (?:l'|une |la )?(?:autorisation|permission|accord)\b"
    ),
    # Another model, design or product: 'un modèle différent', 'ce n'est pas le même produit', 'notre propre design'.
    "different_product": re.compile(
        r"\b(?:modèle|produit|design|article|forme|aspect)s?\b[^.;,]{0,30}?\bdifférent\w*|\bun autre (?:modèle|produit|design|article)\b"
        r"|\bn'est pas (?:le même|la même|notre)\b|\bnotre propre (?:design|modèle|produit|création)\b|\bsans marque\b"
        r"|\bproduits? générique\w*"
    ),
    "no_use_of_mark": re.compile(
        r"\bnous n'utilisons (?:pas|aucun\w*|jamais) (?:la |le |votre |de )?(?:marque|logo)\b|\b(?:vendu|vendus|vendue|vendues) sans (?:le |la )?(?:logo|marque)\b"
        # the mark named only to say what the goods fit: 'il ne fait que décrire avec quelles pinces ...', 'pas un usage de la marque'
        r"|\bne fait que (?:décrire|indiquer|dire)\b|\b(?:indique|décrit|dit) (?:seulement|uniquement)\b|\bn'est pas un usage de (?:la|notre|votre) marque\b"
    ),
    # The listing's photos said to be the seller's own: 'nos propres photos', 'nous les avons prises nous-mêmes', 'prises par
    # notre photographe'.
    "own_photos": re.compile(
        r"^(?=.*\b(?:photos?|images?|clichés?|photographies?)\b)(?!.*\b(?:licence|autoris))"
        r".*(?:\bnos propres (?:photos|images|photographies|clichés)\b|\b(?:photos|images|photographies) (?:sont|étaient) (?:à nous|les nôtres)\b"
        r"|\bnous (?:les )?avons (?:prises?|faites?|réalisées?|photographiées?)\b|\b(?:prises?|faites?|réalisées?) par (?:nous|notre)\b"
        r"|\bnotre (?:propre )?photographe\b)"
    ),
    # Giving up, said of itself: 'nous avons retiré l'annonce', 'nous ne vendrons plus ce produit', 'nous arrêtons de le vendre'.
    "no_contest": re.compile(
        r"\bnous avons (?:déjà )?(?:retiré|supprimé|désactivé|enlevé)\b[^.;]{0,30}\b(?:annonces?|produits?|articles?|offres?|fiches?)\b"
        r"|\bnous ne (?:le |la |les )?vendrons plus\b|\bnous (?:arrêtons|cessons|arrêterons|cesserons) (?:de (?:le |la |les )?vendre|la vente)"
    ),
}


def french_words(sentence: str) -> int:
    """How many words of a (normalised, lower-case) sentence French uses."""
    return len(_FRENCH_RE.findall(sentence))


def is_french(sentence: str) -> bool:
    """Whether a (normalised, lower-case) sentence is French: two or more words French uses."""
    return french_words(sentence) >= 2


def french_classes(sentence: str) -> set[str]:
    """The classes a French sentence argues by its words (empty for a sentence in another language)."""
    text = sentence.lower()
    if not is_french(text):
        return set()
    return {name for name, pattern in _CLASSES.items() if pattern.search(text)}


__all__ = ["french_classes", "french_words", "is_french"]
