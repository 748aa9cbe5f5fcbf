"""Grounds in German sentences: AliExpress's and Miravia's sellers in Germany write German, and the bundled model
(all-MiniLM-L6-v2, English word pieces) does not read it: 'wir haben die Ware beim Hersteller gekauft, außerdem ist unser
Design anders' raises no class at all.

As for Spanish (spanish_meaning), a sentence is read by the closed vocabulary that names each ground: the verbs of
buying and the purchase papers, a licence, an authorisation or a permission the seller says it holds, another design or
model, no mark on the goods, and giving up. A sentence may argue several grounds ('…gekauft, außerdem ist unser Design
anders und die Marke ist in Deutschland nicht eingetragen': a purchase, a different product and, through
grounds.LEGAL_KINDS, a legal argument). No cue was fitted to an evaluation case.
"""

from __future__ import annotations

import re

# Words only German uses, enough of them to say a sentence is German (not an English one quoting 'Rechnung').
_GERMAN_RE = re.compile(
    r"\b(?:wir|unser[emnrs]?|haben|sind|ist|nicht|kein[emnrs]?|die|der|das|dem|den|und|auch|außerdem|zudem|bitte|beim|bei|vom|von"
    r"|mit|für|sehr|geehrte|damen|herren|grüßen|ware|waren|marke|angebot|produkte?|artikel|wurde|wird|werden|hat|uns|ich|zu|auf|im"
    r"|diese[nmrs]?)\b"
)
# A word that takes back what follows: 'ohne Genehmigung', 'keine Lizenz', 'nicht autorisiert'.
_NOT = r"(?<!ohne )(?<!keine )(?<!kein )(?<!nicht )(?<!keiner )"

_CLASSES: dict[str, re.Pattern[str]] = {
    "purchase_invoice": re.compile(
        r"\b(?:ge|ein)kauft\b|\beingekauft\b|\b(?:ein)?kauf(?:s)?(?:beleg|vertrag|nachweis|rechnung)?\b|\brechnung\b|\blieferschein\b"
        r"|\bquittung\b|\bkassen(?:bon|zettel)\b|\bimportiert\b|\b(?:bei|von|vom|beim|über)\b[^.;]{0,90}\b(?:bezogen|erworben|bestellt)\b"
    ),
    # A licence, an authorisation or a permission the seller says it holds ('wir sind von X autorisiert', 'wir haben die
    # Genehmigung des Herstellers'); not one it lacks ('ohne Genehmigung').
    "licence": re.compile(
        # An authorised dealer resells goods it buys (grounds.distributor_reading): its title alone is no licence. A compound
        # names the authorisation itself ('die Händlerautorisierung', 'Markenautorisierung').
        _NOT + r"\b(?:lizenz\w*|lizenziert\w*|unterlizenz\w*|\w*autorisier\w*(?! (?:händler|vertriebspartner|distributor|großhändler|importeur"
        r"|wiederverkäufer))|genehmigung|erlaubnis|ermächtig\w*|berechtigung"
        r"|vertriebs(?:vertrag|vereinbarung|recht)|händlervertrag|markenfreigabe)\b"
        r"|\b(?:hat|haben)\b[^.;]{0,20}\buns\b[^.;]{0,40}\b(?:erlaubt|genehmigt|gestattet)\b"
    ),
    # Another design, model or look: 'unser Design ist anders', 'das Modell sieht völlig anders aus', 'nicht dasselbe Produkt'.
    "different_product": re.compile(
        r"\b(?:design|modell|produkt|form|aussehen|ware|artikel|gestaltung|optik|entwurf)\w*\b[^.;,]{0,40}?\b(?:anders"
        r"|unterschiedlich\w*|verschieden\w*|nicht (?:das|dasselbe|derselbe|dieselbe|gleich\w*|identisch)|kein(?:e|en)? (?:kopie|nachahmung))\b"
        r"|\bein(?:e|en)? andere[ns]? (?:design|modell|produkt|form|aussehen|optik)\b|\bsieht\b[^.;]{0,30}\banders aus\b"
        r"|\beigene[nrms]? (?:design|entwurf|modell|marke|kreation)\b|\bno-?name\b|\bmarkenlos\b"
        # Said of the goods themselves: 'die Ware in unserem Angebot ist eine andere', 'unsere Artikel sind andere'.
        r"|\b(?:ware|artikel|produkt\w*|modell|leuchte\w*|design|form|gestaltung|optik|aussehen)\b[^.;,:]{0,40}\b(?:ist|sind) (?:also |daher |somit |damit |deshalb )?(?:eine |ein |ganz )?andere[rs]?\b"
        # Differs or departs from the design, said of the goods or their look: 'unterscheidet sich unser Produkt deutlich von
        # Ihrem Design', 'unsere Leuchte weicht im Aussehen deutlich ab'.
        r"|^(?=.*\b(?:unser\w*|design|modell|produkt\w*|aussehen|optik|form|gestaltung|leuchte|ware|artikel)\b)"
        r".*\b(?:unterscheide[nt] sich|unterscheidet|weich(?:t|en)\b[^.;]{0,40}\bab\b|abweichend\w*)"
    ),
    "no_use_of_mark": re.compile(
        r"\bwir\b[^.;]{0,30}\b(?:verwenden|nutzen|benutzen|zeigen|führen)\b[^.;]{0,20}\b(?:kein(?:e|en)?\s+(?:marke|logo|markennamen)"
        r"|(?:die |das |den )?(?:marke|logo|markennamen)\s+nicht)\b|\bohne (?:logo|marke|markenlogo|markennamen)\b"
    ),
    # The listing's photos said to be the seller's own: 'die Produktfotos haben wir selbst aufgenommen', 'die Bilder gehören
    # uns', 'unsere eigenen Fotos', 'von unserem Fotografen gemacht'.
    "own_photos": re.compile(
        r"^(?=.*\b\w*(?:fotos?|bilder|bild|aufnahmen|fotografien)\b)(?!.*\b(?:lizenz|genehmigung|erlaubnis|autorisier))"
        r".*(?:\bselbst\b[^.;]{0,30}\b(?:aufgenommen|fotografiert|gemacht|erstellt|geschossen)\b|\bgehören uns\b"
        r"|\b(?:sind|ist) unser(?:e|er)? (?:eigene[n]?)?\b|\beigene[nr]? (?:\w*fotos|bilder|aufnahmen)\b"
        r"|\bvon uns (?:selbst )?(?:aufgenommen|fotografiert|gemacht|erstellt)\b|\bunser(?:em|es|er)? (?:eigene[nmr]? )?fotograf)"
    ),
    # Giving up, said of itself: 'wir haben das Angebot entfernt', 'wir werden die Ware nicht mehr verkaufen'.
    "no_contest": re.compile(
        r"^(?=.*\b(?:wir|ich)\b)(?=.*\b(?:angebot|angebote|artikel|produkt\w*|inserat\w*|listing|anzeige\w*|ware)\b)"
        r"(?!.*\b(?:logo|marke|markennamen)\b).*\b(?:entfernt|gelöscht|deaktiviert|offline genommen|herausgenommen|zurückgezogen)\b"
        r"|\bwir\b[^.;]{0,40}\bnicht mehr\b[^.;]{0,20}\b(?:verkaufen|anbieten|vertreiben)\b"
    ),
}


def german_words(sentence: str) -> int:
    """How many words of a (normalised, lower-case) sentence German uses."""
    return len(_GERMAN_RE.findall(sentence))


def is_german(sentence: str) -> bool:
    """Whether a (normalised, lower-case) sentence is German: three or more words German uses."""
    return german_words(sentence) >= 3


# 'anders' said of a view, not of the goods: 'anders als Sie behaupten' (contrary to what you say), 'das sehen wir anders'
# (we see it otherwise). Taken out before the different-product words are read: the sentence says nothing of the goods' look.
_CONTRARY_RE = re.compile(
    r"\banders,? als (?:(?:sie|ihr\w*|von ihnen|in ihrer \w+|der beschwerdeführer|die gegenseite)\s+)?(?:es\s+)?"
    r"(?:behauptet|behaupten|angegeben|angeben|dargestellt|darstellen|dargelegt|meinen|gemeint|denken|vermutet|vermuten|glauben|schreiben|geschrieben)\w*"
    r"|\b(?:sehen|sieht|beurteilen|beurteilt|bewerten|bewertet|verhält|verhielt)\b[^.;:]{0,40}\banders\b(?![^.;:]{0,20}\baus\b)"  # not 'sieht anders aus' (looks different)
)


def german_classes(sentence: str) -> set[str]:
    """The classes a German sentence argues by its words (empty for a sentence in another language)."""
    text = sentence.lower()
    if not is_german(text):
        return set()
    about_goods = _CONTRARY_RE.sub(" ", text)
    return {name for name, pattern in _CLASSES.items() if pattern.search(about_goods if name == "different_product" else text)}


__all__ = ["german_classes", "german_words", "is_german"]
