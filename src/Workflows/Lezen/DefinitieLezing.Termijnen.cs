using System.Text.Json;

namespace IdCyclus.Workflows.Lezen;

// The values inside a step: outcomes, reminders, escalation rungs, deadlines with their anchors and durations.
internal sealed partial class DefinitieLezing
{
    private WaardeLijst<string>? Uitkomsten(Dictionary<string, JsonElement> velden, string stapPad)
    {
        var pad = Pad(stapPad, "uitkomsten");
        if (!Waarde(velden, stapPad, "uitkomsten", verplicht: false, out var waarde))
        {
            return velden.ContainsKey("uitkomsten") ? null : WaardeLijst<string>.Leeg;
        }

        if (Array(waarde, pad, "uitkomsten") is not { } elementen)
        {
            return null;
        }

        var uitkomsten = new List<string>();
        var goed = true;
        for (var index = 0; index < elementen.Count; index++)
        {
            var elementPad = $"{pad}[{index}]";
            if (TekstWaarde(elementen[index], elementPad, "Een uitkomst") is not { } uitkomst)
            {
                goed = false;
            }
            else if (uitkomsten.Contains(uitkomst))
            {
                Fout(elementPad, $"Uitkomst '{uitkomst}' staat al eerder in de lijst ({pad}[{uitkomsten.IndexOf(uitkomst)}]).");
                goed = false;
            }
            else
            {
                uitkomsten.Add(uitkomst);
            }
        }

        return goed ? WaardeLijst.Van(uitkomsten) : null;
    }

    private WaardeLijst<IsoDuur>? Herinneringen(Dictionary<string, JsonElement> velden, string stapPad, bool heeftDeadline)
    {
        var pad = Pad(stapPad, "herinneringen");
        if (!Waarde(velden, stapPad, "herinneringen", verplicht: false, out var waarde))
        {
            return velden.ContainsKey("herinneringen") ? null : WaardeLijst<IsoDuur>.Leeg;
        }

        if (Array(waarde, pad, "herinneringen") is not { } elementen)
        {
            return null;
        }

        var goed = true;
        if (!heeftDeadline)
        {
            Fout(pad, "Herinneringen rekenen terug vanaf de deadline, maar deze taak heeft geen 'deadline'.");
            goed = false;
        }

        var herinneringen = new List<IsoDuur>();
        for (var index = 0; index < elementen.Count; index++)
        {
            var elementPad = $"{pad}[{index}]";
            if (Duur(elementen[index], elementPad, "Een herinnering") is not { } duur)
            {
                goed = false;
            }
            else if (duur.IsNegatief)
            {
                Fout(elementPad, $"Herinnering '{duur}' is negatief. "
                    + "Een herinnering is een duur vóór de deadline, zonder minteken: bijvoorbeeld P1D voor één dag ervoor.");
                goed = false;
            }
            else if (duur.IsNul)
            {
                Fout(elementPad, $"Herinnering '{duur}' valt samen met de deadline. "
                    + "Een herinnering is een positieve duur vóór de deadline, bijvoorbeeld P1D.");
                goed = false;
            }
            else if (herinneringen.IndexOf(duur) is var eerder and >= 0)
            {
                Fout(elementPad, $"Herinnering '{duur}' valt op hetzelfde moment als {pad}[{eerder}] ('{herinneringen[eerder]}').");
                goed = false;
            }
            else
            {
                herinneringen.Add(duur);
            }
        }

        return goed ? WaardeLijst.Van(herinneringen) : null;
    }

    private WaardeLijst<Escalatie>? Escalaties(Dictionary<string, JsonElement> velden, string stapPad, bool heeftDeadline)
    {
        var pad = Pad(stapPad, "escalaties");
        if (!Waarde(velden, stapPad, "escalaties", verplicht: false, out var waarde))
        {
            return velden.ContainsKey("escalaties") ? null : WaardeLijst<Escalatie>.Leeg;
        }

        if (Array(waarde, pad, "escalaties") is not { } elementen)
        {
            return null;
        }

        var goed = true;
        if (!heeftDeadline)
        {
            Fout(pad, "Escalaties rekenen vanaf de deadline, maar deze taak heeft geen 'deadline'.");
            goed = false;
        }

        var ladder = new List<Escalatie>();
        (IsoDuur Na, int Trede)? vorige = null;
        for (var index = 0; index < elementen.Count; index++)
        {
            var tredePad = $"{pad}[{index}]";
            if (Object(elementen[index], tredePad, "Een escalatietrede") is not { } trede)
            {
                goed = false;
                continue;
            }

            Onbekend(trede, tredePad, Velden.Escalatie, "in een escalatietrede");
            var naPad = Pad(tredePad, "na");
            IsoDuur? na = null;
            if (Waarde(trede, tredePad, "na", verplicht: true, out var naWaarde,
                    "Zeg hoe lang na de deadline deze trede ingaat, bijvoorbeeld P0D (op de deadline) of P14D.")
                && Duur(naWaarde, naPad, "'na'") is { } duur)
            {
                if (duur.IsNegatief)
                {
                    Fout(naPad, $"'{duur}' is negatief: een escalatie komt op of na de deadline (P0D is op de deadline). "
                        + "Voor iets vóór de deadline is er 'herinneringen'.");
                }
                else if (vorige is { } eerder && duur.NominaleDagen < eerder.Na.NominaleDagen)
                {
                    // Equal offsets are allowed: "to the administrators and to management, 14 days after" are two rungs at one moment.
                    Fout(naPad, $"De escalatieladder moet oplopen: trede {index + 1} ('{duur}') komt eerder dan trede {eerder.Trede} ('{eerder.Na}').");
                    vorige = (duur, index + 1);
                }
                else
                {
                    na = duur;
                    vorige = (duur, index + 1);
                }
            }

            var naarRol = Naam(trede, tredePad, "naarRol", verplicht: true, catalogus?.Rollen, "Onbekende rol", "rollen",
                "Zeg naar welke rol deze trede escaleert, bijvoorbeeld 'afdelingshoofd'.");
            var melding = Naam(trede, tredePad, "melding", verplicht: true, catalogus?.Sjablonen, "Onbekend sjabloon", "sjablonen",
                "Zeg met welk berichtsjabloon deze trede de rol bericht.");
            var herverdelen = Waarheid(trede, tredePad, "herverdelen");
            if (na is null || naarRol is null || melding is null || (trede.ContainsKey("herverdelen") && herverdelen is null))
            {
                goed = false;
                continue;
            }

            ladder.Add(new Escalatie(na.Value, naarRol, melding, herverdelen ?? false));
        }

        return goed ? WaardeLijst.Van(ladder) : null;
    }

    private Termijn? Termijn(Dictionary<string, JsonElement> velden, StapInfo info, string veld, bool verplicht)
    {
        var pad = Pad(info.Pad, veld);
        if (!Waarde(velden, info.Pad, veld, verplicht, out var waarde,
                "Geef een termijn: { \"datum\": \"2025-03-31\" } of { \"na\": \"P28D\", \"vanaf\": \"start\" }."))
        {
            return null;
        }

        if (Object(waarde, pad, $"Veld '{veld}'") is not { } termijn)
        {
            return null;
        }

        Onbekend(termijn, pad, Velden.Termijn, $"in '{veld}'");
        var heeftDatum = termijn.ContainsKey("datum");
        var heeftNa = termijn.ContainsKey("na");
        if (heeftDatum && heeftNa)
        {
            Fout(pad, $"'{veld}' heeft zowel 'datum' als 'na'; een termijn is óf een vaste datum óf een duur na een moment, niet allebei.");
            return null;
        }

        if (!heeftDatum && !heeftNa)
        {
            Fout(pad, $"'{veld}' heeft geen 'datum' en geen 'na'. Geef een vaste datum ({{ \"datum\": \"2025-03-31\" }}) "
                + "of een duur na een moment ({ \"na\": \"P28D\", \"vanaf\": \"start\" }).");
            return null;
        }

        if (heeftDatum)
        {
            if (termijn.ContainsKey("vanaf"))
            {
                Fout(Pad(pad, "vanaf"), "'vanaf' hoort alleen bij 'na': een vaste datum telt nergens vanaf. Laat 'vanaf' weg.");
                return null;
            }

            return DatumOfParameter(termijn, pad);
        }

        IsoDuur? na = null;
        var naPad = Pad(pad, "na");
        if (Waarde(termijn, pad, "na", verplicht: true, out var naWaarde) && Duur(naWaarde, naPad, "'na'") is { } duur)
        {
            if (duur.IsNegatief)
            {
                Fout(naPad, $"'{duur}' is negatief: een termijn telt vooruit vanaf 'vanaf'. Gebruik een duur zonder minteken.");
            }
            else if (duur.HeeftTijddeel)
            {
                Fout(naPad, $"'{duur}' heeft uren, minuten of seconden, maar een termijn wordt in hele dagen gerekend (hij valt om 17:00 op de berekende dag). "
                    + "Gebruik jaren, maanden, weken of dagen, bijvoorbeeld P14D.");
            }
            else
            {
                na = duur;
            }
        }

        var anker = Anker(termijn, pad, info);
        return na is null || anker is null ? null : new DuurTermijn(na.Value, anker);
    }

    private Anker? Anker(Dictionary<string, JsonElement> termijn, string termijnPad, StapInfo info)
    {
        var pad = Pad(termijnPad, "vanaf");
        if (!Waarde(termijn, termijnPad, "vanaf", verplicht: true, out var waarde,
                "Zeg waar de duur vanaf telt: \"start\" (de start van de instantie) of \"stap:<id>\" (de voltooiing van een eerdere stap).")
            || TekstWaarde(waarde, pad, "'vanaf'") is not { } tekst)
        {
            return null;
        }

        if (tekst == "start")
        {
            return Workflows.Anker.Start;
        }

        if (tekst.StartsWith("stap:", StringComparison.Ordinal) && tekst["stap:".Length..] is var stapId && SlugPatroon().IsMatch(stapId))
        {
            info.Ankers.Add((stapId, pad));
            return Workflows.Anker.NaStap(stapId);
        }

        Fout(pad, $"'{tekst}' is geen geldig vertrekpunt. Gebruik \"start\" (de start van de instantie) of \"stap:<id>\" "
            + "(de voltooiing van een eerdere stap, bijvoorbeeld \"stap:plan-maken\").");
        return null;
    }

    private IsoDuur? Duur(JsonElement waarde, string pad, string onderwerp)
    {
        if (TekstWaarde(waarde, pad, onderwerp) is not { } tekst)
        {
            return null;
        }

        if (!IsoDuur.Ontleed(tekst, out var duur, out var reden))
        {
            Fout(pad, reden);
            return null;
        }

        return duur;
    }
}
