using System.Text.Json;

namespace IdCyclus.Workflows.Lezen;

// The steps: each kind of step with its own fields, read in document order.
internal sealed partial class DefinitieLezing
{
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

        var id = Slug(velden, pad, "id", verplicht: true, "bijvoorbeeld 'aanvraag-beoordelen'");
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
            "Een taak heeft een rol nodig: de rol wiens houders de taak krijgen, bijvoorbeeld 'teamleider'.");
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
            "Een melding heeft een ontvanger nodig: de rol wiens houders het bericht krijgen, bijvoorbeeld 'teamleider'.");
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

        if (!velden.ContainsKey("naStappen")
            || (velden.TryGetValue("naStappen", out var lijst) && lijst.ValueKind == JsonValueKind.Array && lijst.GetArrayLength() == 0))
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
                "'annuleerRest' (annuleer de overige voorgangers) kan alleen bij wacht \"een\" of \"aantal\"; "
                + "bij wacht \"alle\" zijn alle naStappen al afgerond als de stap start, dus valt er niets te annuleren.");
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

        // "item" outside a fan-out is the item a module starts the whole instance for (the runtime refuses such a start
        // without an item), so it is no error here.
        return Keuze(velden, info.Pad, "bereik", Velden.Bereiken, verplicht: false, "bereik", "Onbekend bereik");
    }
}
