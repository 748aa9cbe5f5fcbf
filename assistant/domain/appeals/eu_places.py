"""The member states of the European Union, by the names sellers write them: an EU trade mark or design (registered
with the EUIPO) has effect in every one of them, so a seller's 'not registered in Germany' ('in Deutschland nicht
eingetragen', 'no está registrada en España', 'non è registrato in Italia') is answered by our record when it registers
the right in the EU. Names in English, the country's own language, and German, Spanish, Italian and French where they
differ; Chinese for the largest markets.
"""

from __future__ import annotations

import re

MEMBER_STATES: dict[str, str] = {
    "Austria": r"austria|österreich|autriche",
    "Belgium": r"belgium|belgien|bélgica|belgica|belgio|belgique|belgië",
    "Bulgaria": r"bulgaria|bulgarien|bulgarie|българия",
    "Croatia": r"croatia|kroatien|croacia|croazia|croatie|hrvatska",
    "Cyprus": r"cyprus|zypern|chipre|cipro|chypre",
    "Czechia": r"czechia|czech republic|tschechien|chequia|cechia|tchéquie|česko",
    "Denmark": r"denmark|dänemark|dinamarca|danimarca|danemark|danmark",
    "Estonia": r"estonia|estland|estonie|eesti",
    "Finland": r"finland|finnland|finlandia|finlande|suomi",
    "France": r"france|frankreich|francia|法国",
    "Germany": r"germany|deutschland|alemania|germania|allemagne|德国",
    "Greece": r"greece|griechenland|grecia|grèce|ελλάδα",
    "Hungary": r"hungary|ungarn|hungría|hungria|ungheria|hongrie|magyarország",
    "Ireland": r"ireland|irland|irlanda|irlande",
    "Italy": r"italy|italien|italia|italie|意大利",
    "Latvia": r"latvia|lettland|letonia|lettonia|lettonie|latvija",
    "Lithuania": r"lithuania|litauen|lituania|lituanie|lietuva",
    "Luxembourg": r"luxembourg|luxemburg|luxemburgo|lussemburgo",
    "Malta": r"malta|malte",
    "Netherlands": r"netherlands|holland|niederlande|países bajos|paesi bassi|pays-bas|nederland|荷兰",
    "Poland": r"poland|polen|polonia|pologne|polska|波兰",
    "Portugal": r"portugal|portogallo",
    "Romania": r"romania|rumänien|rumania|roumanie|românia",
    "Slovakia": r"slovakia|slowakei|eslovaquia|slovacchia|slovaquie|slovensko",
    "Slovenia": r"slovenia|slowenien|eslovenia|slovénie|slovenija",
    "Spain": r"spain|spanien|españa|espana|spagna|espagne|西班牙",
    "Sweden": r"sweden|schweden|suecia|svezia|suède|sverige",
}
_STATE_RES = {name: re.compile(rf"(?<!\w)(?:{names})(?!\w)") for name, names in MEMBER_STATES.items()}
# Every name, for finding one in a sentence.
ANY_MEMBER_STATE = "|".join(f"(?:{names})" for names in MEMBER_STATES.values())


def member_state(written: str) -> str | None:
    """The English name of the member state a (normalised) word names, or None when it names none."""
    return next((name for name, pattern in _STATE_RES.items() if pattern.fullmatch(written)), None)


__all__ = ["ANY_MEMBER_STATE", "MEMBER_STATES", "member_state"]
