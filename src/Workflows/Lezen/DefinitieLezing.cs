using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IdCyclus.Workflows.Lezen;

/// <summary>
/// One reading of a definition. First a walk over the JSON in document order that checks every value on its own and
/// builds the model; then the checks between steps (unique ids, references, cycles, anchors), which need all steps.
/// </summary>
internal sealed partial class DefinitieLezing(IWorkflowCatalogus? catalogus)
{
    private readonly List<DefinitieFout> fouten = [];
    private readonly List<StapInfo> alleStappen = [];
    private readonly List<StappenLijst> lijsten = [];

    public IReadOnlyList<DefinitieFout> Fouten => fouten;

    public WorkflowDefinitie? Lees(JsonElement wortel)
    {
        var velden = Object(wortel, "$", "De definitie");
        if (velden is null)
        {
            return null;
        }

        Onbekend(velden, "$", Velden.Definitie, "in de definitie");
        Tekst(velden, "$", "$schema", verplicht: false);
        var id = Slug(velden, "$", "id", verplicht: true, "bijvoorbeeld 'benoem-een-trekker'");
        var naam = Tekst(velden, "$", "naam", verplicht: true);
        var versie = Versie(velden);
        var omschrijving = Tekst(velden, "$", "omschrijving", verplicht: false);
        var opties = Opties(velden);
        var hoogste = new StappenLijst(ouder: null);
        lijsten.Add(hoogste);
        var stappen = Stappen(velden, "$", hoogste, "De definitie heeft stappen nodig: een lijst met ten minste één stap.");

        ControleerTussenStappen();

        if (fouten.Count > 0 || id is null || naam is null || versie is null || stappen is null)
        {
            return null;
        }

        return new WorkflowDefinitie { Id = id, Naam = naam, Versie = versie.Value, Omschrijving = omschrijving, Opties = opties, Stappen = stappen };
    }

    private int? Versie(Dictionary<string, JsonElement> velden)
    {
        const string pad = "$.versie";
        if (!Waarde(velden, "$", "versie", verplicht: true, out var waarde))
        {
            return null;
        }

        var versie = GeheelGetal(waarde, pad, "versie");
        if (versie is < 1)
        {
            Fout(pad, $"Versie {versie} is ongeldig: de versie is een geheel getal van 1 of hoger.");
            return null;
        }

        return versie;
    }

    private WorkflowOpties Opties(Dictionary<string, JsonElement> velden)
    {
        if (!Waarde(velden, "$", "opties", verplicht: false, out var waarde) || Object(waarde, "$.opties", "Veld 'opties'") is not { } opties)
        {
            return WorkflowOpties.Standaard;
        }

        Onbekend(opties, "$.opties", Velden.Opties, "in 'opties'");
        return new WorkflowOpties(
            Waarheid(opties, "$.opties", "werkdagen") ?? false,
            Keuze(opties, "$.opties", "herhaling", Velden.Herhalingen, verplicht: false, "herhaling", "Onbekende herhaling") ?? Herhaling.Geen);
    }

    private WaardeLijst<Stap>? Stappen(Dictionary<string, JsonElement> velden, string pad, StappenLijst lijst, string ontbreekt)
    {
        var lijstPad = Pad(pad, "stappen");
        if (!velden.TryGetValue("stappen", out var waarde))
        {
            Fout(lijstPad, $"Verplicht veld 'stappen' ontbreekt. {ontbreekt}");
            return null;
        }

        if (!Waarde(velden, pad, "stappen", verplicht: true, out waarde) || Array(waarde, lijstPad, "stappen") is not { } elementen)
        {
            return null;
        }

        if (elementen.Count == 0)
        {
            Fout(lijstPad, $"'stappen' is leeg. {ontbreekt}");
            return null;
        }

        var stappen = new List<Stap?>();
        for (var index = 0; index < elementen.Count; index++)
        {
            stappen.Add(LeesStap(elementen[index], $"{lijstPad}[{index}]", lijst));
        }

        return stappen.Any(stap => stap is null) ? null : WaardeLijst.Van(stappen.Select(stap => stap!));
    }

    private Stap? LeesStap(JsonElement element, string pad, StappenLijst lijst)
    {
        var info = new StapInfo(pad, lijst);
        lijst.Stappen.Add(info);
        alleStappen.Add(info);

        var velden = Object(element, pad, "Een stap");
        if (velden is null)
        {
            return null;
        }

        var id = Slug(velden, pad, "id", verplicht: true, "bijvoorbeeld 'trekker-benoemen'");
        info.Id = id;
        var naam = Tekst(velden, pad, "naam", verplicht: true);
        var omschrijving = Tekst(velden, pad, "omschrijving", verplicht: false);
        var soort = Keuze(velden, pad, "soort", Velden.Soorten, verplicht: true, "soort", "Onbekende soort");
        info.Soort = soort;

        if (soort is null)
        {
            // Without a kind the fields cannot be judged; still refuse names no kind knows.
            Onbekend(velden, pad, [.. Velden.StapAlgemeen, .. Velden.PerSoort.Values.SelectMany(namen => namen)], "in een stap");
        }
        else
        {
            Onbekend(velden, pad, [.. Velden.StapAlgemeen, .. Velden.PerSoort[soort.Value]], $"in een stap van soort '{Velden.Naam(soort.Value)}'", soort);
        }

        var naStappen = NaStappen(velden, info);

        if (soort == StapSoort.PerItem && lijst.Ouder is not null)
        {
            Fout(Pad(pad, "soort"),
                $"Een perItem-stap binnen een perItem-stap wordt niet ondersteund: een fan-out gaat maar één niveau diep. "
                + $"Zet deze stap op het hoogste niveau, met naStappen naar '{lijst.Ouder.Id}' als hij daarna moet komen.");
            return null;
        }

        Stap? stap = soort switch
        {
            StapSoort.Taak => Taak(velden, info),
            StapSoort.Melding => Melding(velden, info),
            StapSoort.Wachten => Wachten(velden, info),
            StapSoort.PerItem => PerItem(velden, info),
            StapSoort.Samenvoegen => Samenvoegen(velden, info),
            _ => null,
        };

        if (stap is null || id is null || naam is null || naStappen is null)
        {
            return null;
        }

        return stap with { Id = id, Naam = naam, Omschrijving = omschrijving, NaStappen = naStappen };
    }

    private WaardeLijst<string>? NaStappen(Dictionary<string, JsonElement> velden, StapInfo info)
    {
        var pad = Pad(info.Pad, "naStappen");
        if (!Waarde(velden, info.Pad, "naStappen", verplicht: false, out var waarde))
        {
            return velden.ContainsKey("naStappen") ? null : WaardeLijst<string>.Leeg;
        }

        if (Array(waarde, pad, "naStappen") is not { } elementen)
        {
            return null;
        }

        var ids = new List<string>();
        var goed = true;
        for (var index = 0; index < elementen.Count; index++)
        {
            var elementPad = $"{pad}[{index}]";
            if (TekstWaarde(elementen[index], elementPad, "Een verwijzing in naStappen") is not { } verwijzing)
            {
                goed = false;
                continue;
            }

            if (ids.Contains(verwijzing))
            {
                Fout(elementPad, $"Stap '{verwijzing}' staat al eerder in naStappen ({pad}[{ids.IndexOf(verwijzing)}]).");
                goed = false;
                continue;
            }

            ids.Add(verwijzing);
            info.NaStappen.Add((verwijzing, elementPad));
        }

        return goed ? WaardeLijst.Van(ids) : null;
    }

    private TaakStap? Taak(Dictionary<string, JsonElement> velden, StapInfo info)
    {
        var pad = info.Pad;
        var rol = Naam(velden, pad, "rol", verplicht: true, catalogus?.Rollen, "Onbekende rol", "rollen",
            "Een taak heeft een rol nodig: de rol wiens houders de taak krijgen, bijvoorbeeld 'directeur'.");
        var bereik = Bereik(velden, info);
        var formulier = Naam(velden, pad, "formulier", verplicht: false, catalogus?.Formulieren, "Onbekend formulier", "formulieren");
        var uitkomsten = Uitkomsten(velden, pad);
        var deadline = Termijn(velden, info, "deadline", verplicht: false);
        var herinneringen = Herinneringen(velden, pad, heeftDeadline: velden.ContainsKey("deadline"));
        var opvolging = Termijn(velden, info, "opvolging", verplicht: false);
        var escalaties = Escalaties(velden, pad, heeftDeadline: velden.ContainsKey("deadline"));

        if (rol is null || bereik is null || uitkomsten is null || herinneringen is null || escalaties is null
            || (velden.ContainsKey("deadline") && deadline is null) || (velden.ContainsKey("opvolging") && opvolging is null)
            || (velden.ContainsKey("formulier") && formulier is null))
        {
            return null;
        }

        return new TaakStap
        {
            Id = "", Naam = "", Rol = rol, Bereik = bereik.Value, Formulier = formulier, Uitkomsten = uitkomsten, Deadline = deadline,
            Herinneringen = herinneringen, Opvolging = opvolging, Escalaties = escalaties,
        };
    }

    private MeldingStap? Melding(Dictionary<string, JsonElement> velden, StapInfo info)
    {
        var sjabloon = Naam(velden, info.Pad, "sjabloon", verplicht: true, catalogus?.Sjablonen, "Onbekend sjabloon", "sjablonen",
            "Een melding heeft een sjabloon nodig: de naam van het berichtsjabloon dat verstuurd wordt.");
        var aanRol = Naam(velden, info.Pad, "aanRol", verplicht: true, catalogus?.Rollen, "Onbekende rol", "rollen",
            "Een melding heeft een ontvanger nodig: de rol wiens houders het bericht krijgen, bijvoorbeeld 'directeur'.");
        var bereik = Bereik(velden, info);
        return sjabloon is null || aanRol is null || bereik is null
            ? null
            : new MeldingStap { Id = "", Naam = "", Sjabloon = sjabloon, AanRol = aanRol, Bereik = bereik.Value };
    }

    private WachtStap? Wachten(Dictionary<string, JsonElement> velden, StapInfo info)
    {
        var tot = Termijn(velden, info, "tot", verplicht: true);
        return tot is null ? null : new WachtStap { Id = "", Naam = "", Tot = tot };
    }

    private PerItemStap? PerItem(Dictionary<string, JsonElement> velden, StapInfo info)
    {
        var collectie = Naam(velden, info.Pad, "collectie", verplicht: true, catalogus?.Collecties, "Onbekende collectie", "collecties",
            "Een perItem-stap heeft een collectie nodig: de naam van de verzameling items waarover hij loopt.");
        var voorwaarde = Naam(velden, info.Pad, "voorwaarde", verplicht: false, catalogus?.Voorwaarden, "Onbekende voorwaarde", "voorwaarden");
        var genest = new StappenLijst(info);
        info.Genest = genest;
        lijsten.Add(genest);
        var stappen = Stappen(velden, info.Pad, genest, "Een perItem-stap heeft geneste stappen nodig: wat er per item gebeurt.");
        return collectie is null || stappen is null || (velden.ContainsKey("voorwaarde") && voorwaarde is null)
            ? null
            : new PerItemStap { Id = "", Naam = "", Collectie = collectie, Voorwaarde = voorwaarde, Stappen = stappen };
    }

    private SamenvoegStap? Samenvoegen(Dictionary<string, JsonElement> velden, StapInfo info)
    {
        var pad = info.Pad;
        var wacht = Keuze(velden, pad, "wacht", Velden.Wachtwijzen, verplicht: true, "wachtwijze", "Onbekende wachtwijze");
        info.Wacht = wacht;
        int? aantal = null;
        var aantalPad = Pad(pad, "aantal");
        var voorgangers = info.NaStappen.Count;
        var goed = wacht is not null;

        if (!velden.ContainsKey("naStappen") || (velden.TryGetValue("naStappen", out var lijst) && lijst.ValueKind == JsonValueKind.Array && lijst.GetArrayLength() == 0))
        {
            Fout(Pad(pad, "naStappen"), "Een samenvoegen-stap wacht op andere stappen, maar heeft geen naStappen. Noem de stappen waarop hij wacht.");
            goed = false;
        }

        if (wacht == Wachtwijze.Aantal)
        {
            if (!velden.ContainsKey("aantal"))
            {
                Fout(aantalPad, "Verplicht veld 'aantal' ontbreekt: bij wacht \"aantal\" zegt 'aantal' op hoeveel van de naStappen gewacht wordt.");
                goed = false;
            }
            else if (Waarde(velden, pad, "aantal", verplicht: true, out var waarde) && GeheelGetal(waarde, aantalPad, "aantal") is { } getal)
            {
                if (getal < 1 || (voorgangers > 0 && getal > voorgangers))
                {
                    Fout(aantalPad, $"'aantal' is {getal}, maar moet tussen 1 en het aantal naStappen ({voorgangers}) liggen.");
                    goed = false;
                }

                aantal = getal;
            }
            else
            {
                goed = false;
            }
        }
        else if (wacht is not null && velden.ContainsKey("aantal"))
        {
            Fout(aantalPad, $"'aantal' hoort alleen bij wacht \"aantal\"; bij wacht \"{Velden.Naam(wacht.Value)}\" laat je het weg.");
            goed = false;
        }

        var annuleerRest = Waarheid(velden, pad, "annuleerRest");
        if (velden.ContainsKey("annuleerRest") && annuleerRest is null)
        {
            goed = false;
        }
        else if (annuleerRest == true && wacht == Wachtwijze.Alle)
        {
            Fout(Pad(pad, "annuleerRest"),
                "'annuleerRest' (annuleer de overige voorgangers) kan alleen bij wacht \"een\" of \"aantal\"; bij wacht \"alle\" zijn alle naStappen al afgerond als de stap start, dus valt er niets te annuleren.");
            goed = false;
        }

        info.Aantal = aantal;
        return goed ? new SamenvoegStap { Id = "", Naam = "", Wacht = wacht!.Value, Aantal = aantal, AnnuleerRest = annuleerRest ?? false } : null;
    }

    private Bereik? Bereik(Dictionary<string, JsonElement> velden, StapInfo info)
    {
        if (!velden.ContainsKey("bereik"))
        {
            return Workflows.Bereik.Geen;
        }

        var bereik = Keuze(velden, info.Pad, "bereik", Velden.Bereiken, verplicht: false, "bereik", "Onbekend bereik");
        if (bereik == Workflows.Bereik.Item && info.Lijst.Ouder is null)
        {
            Fout(Pad(info.Pad, "bereik"),
                "Bereik \"item\" kan alleen in een stap binnen een perItem-stap: buiten een fan-out is er geen item. Gebruik \"geen\" of verplaats de stap.");
            return null;
        }

        return bereik;
    }

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
                Fout(elementPad, $"Herinnering '{duur}' is negatief. Een herinnering is een duur vóór de deadline, zonder minteken: bijvoorbeeld P1D voor één dag ervoor.");
                goed = false;
            }
            else if (duur.IsNul)
            {
                Fout(elementPad, $"Herinnering '{duur}' valt samen met de deadline. Een herinnering is een positieve duur vóór de deadline, bijvoorbeeld P1D.");
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
                    Fout(naPad, $"'{duur}' is negatief: een escalatie komt op of na de deadline (P0D is op de deadline). Voor iets vóór de deadline is er 'herinneringen'.");
                }
                else if (vorige is { } eerder && duur.NominaleDagen < eerder.Na.NominaleDagen)
                {
                    // Equal offsets are allowed: "to Bureau and the GMT, 14 days after" are two rungs at one moment.
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
                "Zeg naar welke rol deze trede escaleert, bijvoorbeeld 'clusterdirecteur'.");
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
            Fout(pad, $"'{veld}' heeft geen 'datum' en geen 'na'. Geef een vaste datum ({{ \"datum\": \"2025-03-31\" }}) of een duur na een moment ({{ \"na\": \"P28D\", \"vanaf\": \"start\" }}).");
            return null;
        }

        if (heeftDatum)
        {
            if (termijn.ContainsKey("vanaf"))
            {
                Fout(Pad(pad, "vanaf"), "'vanaf' hoort alleen bij 'na': een vaste datum telt nergens vanaf. Laat 'vanaf' weg.");
                return null;
            }

            return Datum(termijn, pad) is { } datum ? new DatumTermijn(datum) : null;
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

    private DateOnly? Datum(Dictionary<string, JsonElement> termijn, string termijnPad)
    {
        var pad = Pad(termijnPad, "datum");
        if (!Waarde(termijn, termijnPad, "datum", verplicht: true, out var waarde) || TekstWaarde(waarde, pad, "'datum'") is not { } tekst)
        {
            return null;
        }

        if (!DatumPatroon().IsMatch(tekst))
        {
            Fout(pad, $"'{tekst}' is geen datum in de vorm jjjj-mm-dd, bijvoorbeeld 2025-03-31.");
            return null;
        }

        if (!DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            Fout(pad, $"'{tekst}' is geen bestaande datum.");
            return null;
        }

        return datum;
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

        Fout(pad, $"'{tekst}' is geen geldig vertrekpunt. Gebruik \"start\" (de start van de instantie) of \"stap:<id>\" (de voltooiing van een eerdere stap, bijvoorbeeld \"stap:plan-maken\").");
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

    private string? Naam(
        Dictionary<string, JsonElement> velden, string pad, string veld, bool verplicht, IReadOnlySet<string>? bekend, string onbekend, string meervoud,
        string? uitleg = null)
    {
        var naam = Tekst(velden, pad, veld, verplicht, uitleg);
        if (naam is null || bekend is null || bekend.Contains(naam))
        {
            return naam;
        }

        var suggestie = Suggestie(naam, bekend);
        var lijst = bekend.Count == 0 ? $"Er zijn geen {meervoud} bekend." : $"Bekende {meervoud}: {string.Join(", ", bekend.Order(StringComparer.Ordinal))}.";
        Fout(Pad(pad, veld), $"{onbekend} '{naam}'.{(suggestie is null ? "" : $" Bedoelde je '{suggestie}'?")} {lijst}");
        return null;
    }

    private T? Keuze<T>(Dictionary<string, JsonElement> velden, string pad, string veld, IReadOnlyDictionary<string, T> keuzes, bool verplicht, string wat, string onbekend)
        where T : struct
    {
        if (Tekst(velden, pad, veld, verplicht) is not { } tekst)
        {
            return null;
        }

        if (keuzes.TryGetValue(tekst, out var keuze))
        {
            return keuze;
        }

        var suggestie = Suggestie(tekst, keuzes.Keys);
        Fout(Pad(pad, veld), $"{onbekend} '{tekst}'.{(suggestie is null ? "" : $" Bedoelde je '{suggestie}'?")} Kies een {wat} uit: {string.Join(", ", keuzes.Keys)}.");
        return null;
    }

    private string? Slug(Dictionary<string, JsonElement> velden, string pad, string veld, bool verplicht, string voorbeeld)
    {
        var tekst = Tekst(velden, pad, veld, verplicht);
        if (tekst is not null && !SlugPatroon().IsMatch(tekst))
        {
            Fout(Pad(pad, veld), $"'{tekst}' is geen geldige {veld}: gebruik kleine letters, cijfers en streepjes, en begin met een letter of cijfer ({voorbeeld}).");
            return null;
        }

        return tekst;
    }

    private string? Tekst(Dictionary<string, JsonElement> velden, string pad, string veld, bool verplicht, string? uitleg = null) =>
        Waarde(velden, pad, veld, verplicht, out var waarde, uitleg) ? TekstWaarde(waarde, Pad(pad, veld), $"Veld '{veld}'") : null;

    private bool? Waarheid(Dictionary<string, JsonElement> velden, string pad, string veld)
    {
        if (!Waarde(velden, pad, veld, verplicht: false, out var waarde))
        {
            return null;
        }

        if (waarde.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return waarde.GetBoolean();
        }

        Fout(Pad(pad, veld), $"Veld '{veld}' moet true of false zijn, maar is {Beschrijf(waarde)}.");
        return null;
    }

    private int? GeheelGetal(JsonElement waarde, string pad, string veld)
    {
        if (waarde.ValueKind != JsonValueKind.Number)
        {
            Fout(pad, $"Veld '{veld}' moet een geheel getal zijn, maar is {Beschrijf(waarde)}.");
            return null;
        }

        if (waarde.TryGetInt32(out var getal))
        {
            return getal;
        }

        Fout(pad, waarde.TryGetDecimal(out var decimaal) && decimaal == decimal.Truncate(decimaal)
            ? $"Veld '{veld}' is {waarde.GetRawText()}: dat getal is te groot."
            : $"Veld '{veld}' moet een geheel getal zijn, maar is {waarde.GetRawText()}.");
        return null;
    }

    private string? TekstWaarde(JsonElement waarde, string pad, string onderwerp)
    {
        if (waarde.ValueKind != JsonValueKind.String)
        {
            Fout(pad, $"{onderwerp} moet een tekst zijn, maar is {Beschrijf(waarde)}.");
            return null;
        }

        var tekst = waarde.GetString()!;
        if (string.IsNullOrWhiteSpace(tekst))
        {
            Fout(pad, $"{onderwerp} mag niet leeg zijn.");
            return null;
        }

        if (tekst.Trim() != tekst)
        {
            Fout(pad, $"{onderwerp} begint of eindigt met spaties: '{tekst}'. Haal ze weg.");
            return null;
        }

        return tekst;
    }

    private List<JsonElement>? Array(JsonElement waarde, string pad, string veld)
    {
        if (waarde.ValueKind == JsonValueKind.Array)
        {
            return [.. waarde.EnumerateArray()];
        }

        Fout(pad, $"Veld '{veld}' moet een lijst zijn ([ ... ]), maar is {Beschrijf(waarde)}.");
        return null;
    }

    private Dictionary<string, JsonElement>? Object(JsonElement waarde, string pad, string onderwerp)
    {
        if (waarde.ValueKind != JsonValueKind.Object)
        {
            Fout(pad, $"{onderwerp} moet een JSON-object zijn ({{ ... }}), maar is {Beschrijf(waarde)}.");
            return null;
        }

        var velden = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var veld in waarde.EnumerateObject())
        {
            if (!velden.TryAdd(veld.Name, veld.Value))
            {
                Fout(Pad(pad, veld.Name), $"Veld '{veld.Name}' komt meer dan één keer voor; welke waarde geldt, is dan onduidelijk.");
            }
        }

        return velden;
    }

    /// <summary>Whether the field has a value; reports a missing required field and an explicit null.</summary>
    private bool Waarde(Dictionary<string, JsonElement> velden, string pad, string veld, bool verplicht, out JsonElement waarde, string? uitleg = null)
    {
        if (!velden.TryGetValue(veld, out waarde))
        {
            if (verplicht)
            {
                Fout(Pad(pad, veld), $"Verplicht veld '{veld}' ontbreekt.{(uitleg is null ? "" : " " + uitleg)}");
            }

            return false;
        }

        if (waarde.ValueKind == JsonValueKind.Null)
        {
            Fout(Pad(pad, veld), verplicht
                ? $"Veld '{veld}' is null, maar is verplicht.{(uitleg is null ? "" : " " + uitleg)}"
                : $"Veld '{veld}' is null. Laat een veld zonder waarde weg.");
            return false;
        }

        return true;
    }

    private void Onbekend(Dictionary<string, JsonElement> velden, string pad, IReadOnlyCollection<string> toegestaan, string waar, StapSoort? soort = null)
    {
        foreach (var naam in velden.Keys.Where(naam => !toegestaan.Contains(naam)))
        {
            var anderen = Velden.PerSoort.Where(paar => paar.Value.Contains(naam)).Select(paar => $"'{Velden.Naam(paar.Key)}'").ToList();
            if (soort is not null && anderen.Count > 0)
            {
                Fout(Pad(pad, naam), $"Veld '{naam}' hoort niet bij een stap van soort '{Velden.Naam(soort.Value)}', maar bij soort {string.Join(" of ", anderen)}.");
                continue;
            }

            var suggestie = Suggestie(naam, toegestaan);
            Fout(Pad(pad, naam), suggestie is null
                ? $"Onbekend veld '{naam}' {waar}. Toegestane velden: {string.Join(", ", toegestaan)}."
                : $"Onbekend veld '{naam}' {waar}. Bedoelde je '{suggestie}'?");
        }
    }

    private void ControleerTussenStappen()
    {
        var perId = new Dictionary<string, StapInfo>(StringComparer.Ordinal);
        foreach (var stap in alleStappen.Where(stap => stap.Id is not null))
        {
            if (!perId.TryAdd(stap.Id!, stap))
            {
                Fout(Pad(stap.Pad, "id"), $"Stap-id '{stap.Id}' komt al voor bij {perId[stap.Id!].Pad}. Stap-ids zijn uniek in de hele definitie, ook binnen perItem-stappen.");
            }
        }

        var zonderKring = new HashSet<StappenLijst>();
        foreach (var lijst in lijsten)
        {
            var verbonden = Verwijzingen(lijst, perId);
            if (Kringen(lijst, verbonden))
            {
                zonderKring.Add(lijst);
            }
        }

        foreach (var stap in alleStappen)
        {
            foreach (var (ankerId, pad) in stap.Ankers)
            {
                Anker(stap, ankerId, pad, perId, zonderKring);
            }
        }
    }

    /// <summary>Resolves naStappen within each list; returns the edges (step → the steps it waits for) that resolved.</summary>
    private Dictionary<StapInfo, List<StapInfo>> Verwijzingen(StappenLijst lijst, Dictionary<string, StapInfo> perId)
    {
        var inLijst = new Dictionary<string, StapInfo>(StringComparer.Ordinal);
        foreach (var stap in lijst.Stappen.Where(stap => stap.Id is not null))
        {
            inLijst.TryAdd(stap.Id!, stap);
        }

        var verbonden = lijst.Stappen.ToDictionary(stap => stap, _ => new List<StapInfo>());
        foreach (var stap in lijst.Stappen)
        {
            foreach (var (verwijzing, pad) in stap.NaStappen)
            {
                if (verwijzing == stap.Id)
                {
                    Fout(pad, $"Stap '{stap.Id}' kan niet na zichzelf komen.");
                }
                else if (inLijst.TryGetValue(verwijzing, out var voorganger))
                {
                    verbonden[stap].Add(voorganger);
                }
                else if (perId.TryGetValue(verwijzing, out var elders))
                {
                    Fout(pad, AndereLijst(stap, elders));
                }
                else
                {
                    var suggestie = Suggestie(verwijzing, inLijst.Keys.Where(id => id != stap.Id).ToList());
                    Fout(pad, $"Onbekende stap '{verwijzing}' in naStappen.{(suggestie is null ? "" : $" Bedoelde je '{suggestie}'?")} "
                        + (inLijst.Count > 1
                            ? $"Stappen in deze lijst: {string.Join(", ", inLijst.Keys.Where(id => id != stap.Id))}."
                            : "Deze lijst heeft geen andere stappen."));
                }
            }
        }

        return verbonden;
    }

    private static string AndereLijst(StapInfo stap, StapInfo elders)
    {
        const string regel = "naStappen verwijst alleen naar stappen in dezelfde lijst";
        if (stap.Lijst.Ouder is { } ouder)
        {
            return $"Stap '{elders.Id}' staat niet in dezelfde lijst als '{stap.Id}'; {regel}. "
                + (elders.Lijst.Ouder is null
                    ? $"Stappen binnen perItem '{ouder.Id}' starten pas als '{ouder.Id}' start: zet '{elders.Id}' in de naStappen van '{ouder.Id}'."
                    : $"'{elders.Id}' hoort bij perItem '{elders.Lijst.Ouder.Id}', een andere fan-out.");
        }

        return $"Stap '{elders.Id}' staat binnen perItem '{elders.Lijst.Ouder!.Id}' en loopt per item; {regel}. "
            + $"Wacht op '{elders.Lijst.Ouder.Id}' zelf: die is voltooid als alle items klaar zijn.";
    }

    /// <summary>Reports each cycle once; true when the list has none.</summary>
    private bool Kringen(StappenLijst lijst, Dictionary<StapInfo, List<StapInfo>> verbonden)
    {
        var kleur = lijst.Stappen.ToDictionary(stap => stap, _ => 0);
        var pad = new List<StapInfo>();
        var gemeld = new HashSet<string>();

        void Bezoek(StapInfo stap)
        {
            kleur[stap] = 1;
            pad.Add(stap);
            foreach (var voorganger in verbonden[stap])
            {
                if (kleur[voorganger] == 0)
                {
                    Bezoek(voorganger);
                }
                else if (kleur[voorganger] == 1)
                {
                    var kring = pad.Skip(pad.IndexOf(voorganger)).ToList();
                    var eerste = kring.MinBy(lijst.Stappen.IndexOf)!;
                    var start = kring.IndexOf(eerste);
                    var geordend = kring.Skip(start).Concat(kring.Take(start)).ToList();
                    var tekst = string.Join(" → ", geordend.Append(eerste).Select(s => $"'{s.Id}'"));
                    if (gemeld.Add(tekst))
                    {
                        Fout(Pad(eerste.Pad, "naStappen"), $"Kringverwijzing in naStappen: {tekst} (elke stap wacht op de volgende), dus geen van deze stappen kan ooit starten.");
                    }
                }
            }

            pad.RemoveAt(pad.Count - 1);
            kleur[stap] = 2;
        }

        foreach (var stap in lijst.Stappen.Where(stap => kleur[stap] == 0))
        {
            Bezoek(stap);
        }

        if (gemeld.Count > 0)
        {
            return false;
        }

        lijst.Verbonden = verbonden;
        return true;
    }

    private void Anker(StapInfo stap, string ankerId, string pad, Dictionary<string, StapInfo> perId, HashSet<StappenLijst> zonderKring)
    {
        if (ankerId == stap.Id)
        {
            Fout(pad, $"Stap '{stap.Id}' kan niet rekenen vanaf zijn eigen voltooiing: die ligt altijd later dan zijn start. Reken vanaf \"start\" of een eerdere stap.");
            return;
        }

        if (!perId.TryGetValue(ankerId, out var anker))
        {
            var suggestie = Suggestie(ankerId, perId.Keys.ToList());
            Fout(pad, $"Onbekende stap '{ankerId}' in 'vanaf'.{(suggestie is null ? "" : $" Bedoelde je 'stap:{suggestie}'?")}");
            return;
        }

        if (!zonderKring.Contains(stap.Lijst) || (stap.Lijst.Ouder is { } ouder && !zonderKring.Contains(ouder.Lijst)))
        {
            return;
        }

        if (Voorafgaand(stap).Contains(anker))
        {
            return;
        }

        if (anker == stap.Lijst.Ouder)
        {
            Fout(pad, $"Stap '{stap.Id}' loopt binnen perItem '{ankerId}', en '{ankerId}' is pas voltooid als alle items klaar zijn, dus ook na '{stap.Id}'. "
                + $"Reken vanaf \"start\" of vanaf een eerdere stap binnen '{ankerId}'.");
            return;
        }

        if (anker.Lijst.Ouder is { } fanOut && fanOut != stap.Lijst.Ouder)
        {
            Fout(pad, $"Stap '{ankerId}' hoort bij perItem '{fanOut.Id}' en wordt per item voltooid, dus er valt vanuit '{stap.Id}' niet vanaf te rekenen. "
                + $"Reken vanaf 'stap:{fanOut.Id}' (voltooid als alle items klaar zijn), als '{fanOut.Id}' aan '{stap.Id}' voorafgaat.");
            return;
        }

        Fout(pad, $"Stap '{ankerId}' is niet zeker voltooid wanneer '{stap.Id}' start, dus er valt niet vanaf te rekenen. "
            + (anker.Lijst == stap.Lijst
                ? $"Neem '{ankerId}' (direct of via andere stappen) op in de naStappen van '{stap.Id}'."
                : $"Neem '{ankerId}' (direct of via andere stappen) op in de naStappen van perItem '{stap.Lijst.Ouder!.Id}'."));
    }

    /// <summary>
    /// The steps that have always completed when <paramref name="stap"/> starts: its predecessors and theirs, and, for a
    /// nested step, those of its fan-out. A join waiting for k of n predecessors guarantees only what at least n − k + 1
    /// of them guarantee (for "een": what all of them do).
    /// </summary>
    private static HashSet<StapInfo> Voorafgaand(StapInfo stap)
    {
        var lijst = stap.Lijst;
        var verbonden = lijst.Verbonden!;
        var geheugen = new Dictionary<StapInfo, HashSet<StapInfo>>();

        HashSet<StapInfo> Zeker(StapInfo s)
        {
            if (geheugen.TryGetValue(s, out var bekend))
            {
                return bekend;
            }

            var perVoorganger = verbonden[s].Select(v => new HashSet<StapInfo>(Zeker(v)) { v }).ToList();
            var n = perVoorganger.Count;
            var k = s.Soort == StapSoort.Samenvoegen ? s.Wacht switch { Wachtwijze.Een => 1, Wachtwijze.Aantal when s.Aantal is { } aantal => aantal, _ => n } : n;
            var zeker = perVoorganger.SelectMany(set => set).Distinct()
                .Where(kandidaat => perVoorganger.Count(set => set.Contains(kandidaat)) > n - k)
                .ToHashSet();
            geheugen[s] = zeker;
            return zeker;
        }

        var resultaat = Zeker(stap);
        if (lijst.Ouder is { } ouder)
        {
            resultaat = [.. resultaat, .. Voorafgaand(ouder)];
        }

        return resultaat;
    }

    private void Fout(string pad, string melding) => fouten.Add(new DefinitieFout(pad, melding));

    private static string Pad(string ouder, string veld) =>
        VeldnaamPatroon().IsMatch(veld) ? $"{ouder}.{veld}" : $"{ouder}['{veld.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Beschrijf(JsonElement waarde) => waarde.ValueKind switch
    {
        JsonValueKind.Object => "een object",
        JsonValueKind.Array => "een lijst",
        JsonValueKind.String => $"de tekst \"{waarde.GetString()}\"",
        JsonValueKind.Number => $"het getal {waarde.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"de waarde {waarde.GetRawText()}",
        _ => "null",
    };

    /// <summary>The closest known name within two edits (typos), or null.</summary>
    private static string? Suggestie(string naam, IEnumerable<string> bekend) =>
        bekend.Select(kandidaat => (kandidaat, afstand: Afstand(naam.ToLowerInvariant(), kandidaat.ToLowerInvariant())))
            .Where(paar => paar.afstand <= Math.Min(2, Math.Max(1, naam.Length / 3)))
            .OrderBy(paar => paar.afstand)
            .Select(paar => paar.kandidaat)
            .FirstOrDefault();

    private static int Afstand(string a, string b)
    {
        var vorige = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var huidige = new int[b.Length + 1];
            huidige[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                huidige[j] = Math.Min(Math.Min(huidige[j - 1] + 1, vorige[j] + 1), vorige[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            vorige = huidige;
        }

        return vorige[b.Length];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    internal static partial Regex SlugPatroon();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatumPatroon();

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VeldnaamPatroon();

    private sealed class StapInfo(string pad, StappenLijst lijst)
    {
        public string Pad { get; } = pad;

        public StappenLijst Lijst { get; } = lijst;

        public string? Id { get; set; }

        public StapSoort? Soort { get; set; }

        public Wachtwijze? Wacht { get; set; }

        public int? Aantal { get; set; }

        public StappenLijst? Genest { get; set; }

        public List<(string Id, string Pad)> NaStappen { get; } = [];

        public List<(string StapId, string Pad)> Ankers { get; } = [];
    }

    /// <summary>A list of steps that share one scope: the top level, or the nested steps of one fan-out (<see cref="Ouder"/>).</summary>
    private sealed class StappenLijst(StapInfo? ouder)
    {
        public StapInfo? Ouder { get; } = ouder;

        public List<StapInfo> Stappen { get; } = [];

        public Dictionary<StapInfo, List<StapInfo>>? Verbonden { get; set; }
    }
}
