using System.Globalization;
using System.Text.RegularExpressions;
using IdCyclus.Modules.Actieplannen.Domain;
using IdCyclus.Shared;
using IdCyclus.Shared.Validation;
using IdCyclus.Shared.Web;

namespace IdCyclus.Modules.Actieplannen.Features.ConceptOpslaan;

/// <summary>
/// The edit form as flat field names that follow the import format's paths ("doelen[0].acties[1].kwartaal"), so a rule's
/// message lands at the field it is about. Each list gets one empty row to add to; a row left empty is ignored and a row
/// ticked "verwijderen" is dropped. Amounts are typed in euro (Dutch notation) and kept in cents.
/// </summary>
internal static partial class Planformulier
{
    public static Dictionary<string, string?> Waarden(Planinhoud plan)
    {
        var w = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["titel"] = plan.Titel,
            ["status"] = Planbestandlezer.Code(Planbestandlezer.Statussen, plan.Status),
            ["visie.eenJaar"] = plan.Visie.EenJaar,
            ["visie.meerjarig"] = plan.Visie.Meerjarig,
            ["ambitie.eenJaar"] = plan.Ambitie.EenJaar,
            ["ambitie.meerjarig"] = plan.Ambitie.Meerjarig,
            ["dimensies"] = string.Join("\n", plan.Dimensies),
            ["themas"] = string.Join(",", plan.Themas),
            ["ankers"] = string.Join("\n", plan.Ankers.Select(a => $"{a.Key}: {a.Value:yyyy-MM-dd}")),
            ["bronopmerkingen"] = string.Join("\n", plan.Bronopmerkingen),
            ["aantal.doelen"] = Tekst(plan.Doelen.Count + 1),
            ["aantal.werkgroep"] = Tekst(plan.Werkgroep.Count + 1),
            ["aantal.regels"] = Tekst(plan.Begroting.Regels.Count + 1),
            ["aantal.totalen"] = Tekst(plan.Begroting.GesteldeTotalen.Count + 1),
        };
        for (var d = 0; d < plan.Doelen.Count; d++)
        {
            var doel = plan.Doelen[d];
            w[$"doelen[{d}].titel"] = doel.Titel;
            w[$"doelen[{d}].thema"] = doel.Thema?.ToString(CultureInfo.InvariantCulture);
            w[$"aantal.acties[{d}]"] = Tekst(doel.Acties.Count + 1);
            for (var a = 0; a < doel.Acties.Count; a++)
            {
                var actie = doel.Acties[a];
                var p = $"doelen[{d}].acties[{a}]";
                (w[$"{p}.id"], w[$"{p}.nummer"], w[$"{p}.titel"], w[$"{p}.eigenaar"], w[$"{p}.kwartaal"], w[$"{p}.termijn"]) =
                    (actie.Sleutel, actie.Nummer, actie.Titel, actie.Eigenaar, actie.Kwartaal, actie.Termijn);
                (w[$"{p}.smart.specifiek"], w[$"{p}.smart.meetbaar"], w[$"{p}.smart.acceptabel"], w[$"{p}.smart.realistisch"], w[$"{p}.smart.tijdsgebonden"]) =
                    (actie.Smart.Specifiek, actie.Smart.Meetbaar, actie.Smart.Acceptabel, actie.Smart.Realistisch, actie.Smart.Tijdsgebonden);
            }
        }

        w[$"aantal.acties[{plan.Doelen.Count}]"] = "1";
        for (var i = 0; i < plan.Werkgroep.Count; i++)
        {
            (w[$"werkgroep[{i}].naam"], w[$"werkgroep[{i}].rol"], w[$"werkgroep[{i}].urenPerWeek"]) =
                (plan.Werkgroep[i].Naam, plan.Werkgroep[i].Rol, plan.Werkgroep[i].UrenPerWeek?.ToString("0.##", Nederlands.Cultuur));
        }

        for (var r = 0; r < plan.Begroting.Regels.Count; r++)
        {
            var regel = plan.Begroting.Regels[r];
            var p = $"begroting.regels[{r}]";
            (w[$"{p}.post"], w[$"{p}.doelgroep"], w[$"{p}.bedragCent"], w[$"{p}.werkgroep"]) =
                (regel.Post, regel.Doelgroep, Euro(regel.BedragCent), regel.IsWerkgroep ? "true" : null);
            if (regel.Formule is { } f)
            {
                (w[$"{p}.formule.urenPerWeek"], w[$"{p}.formule.tariefCent"], w[$"{p}.formule.weken"], w[$"{p}.formule.aantal"]) =
                    (f.UrenPerWeek.ToString("0.##", Nederlands.Cultuur), Euro(f.TariefCent),
                        f.Weken.ToString("0.##", Nederlands.Cultuur), f.Aantal.ToString("0.##", Nederlands.Cultuur));
            }
        }

        for (var t = 0; t < plan.Begroting.GesteldeTotalen.Count; t++)
        {
            var totaal = plan.Begroting.GesteldeTotalen[t];
            (w[$"begroting.gesteldeTotalen[{t}].tekst"], w[$"begroting.gesteldeTotalen[{t}].bron"], w[$"begroting.gesteldeTotalen[{t}].bedragCent"]) =
                (totaal.Tekst, totaal.Bron, Euro(totaal.BedragCent));
        }

        return w;
    }

    /// <summary>Reads the posted form. Problems in how a value is written come back at once; rule checks run on the result.</summary>
    public static (Planinhoud Inhoud, List<Fout> Fouten, Func<string, string> NaarVeld) Lees(IReadOnlyDictionary<string, string?> w, Func<string> nieuweSleutel)
    {
        var fouten = new List<Fout>();
        var kaart = new Dictionary<string, string>(StringComparer.Ordinal);
        var doelen = new List<Doel>();
        for (var d = 0; d < Aantal(w, "aantal.doelen"); d++)
        {
            var acties = new List<Actie>();
            for (var a = 0; a < Aantal(w, $"aantal.acties[{d}]"); a++)
            {
                var p = $"doelen[{d}].acties[{a}]";
                string[] velden =
                [
                    "nummer", "titel", "eigenaar", "kwartaal", "termijn",
                    "smart.specifiek", "smart.meetbaar", "smart.acceptabel", "smart.realistisch", "smart.tijdsgebonden",
                ];
                if (Weg(w, p, velden))
                {
                    continue;
                }

                kaart[$"doelen[{doelen.Count}].acties[{acties.Count}]"] = p;
                acties.Add(new Actie(W(w, $"{p}.id") ?? nieuweSleutel(), W(w, $"{p}.nummer"), W(w, $"{p}.titel") ?? "",
                    new Smart(
                        W(w, $"{p}.smart.specifiek"), W(w, $"{p}.smart.meetbaar"), W(w, $"{p}.smart.acceptabel"),
                        W(w, $"{p}.smart.realistisch"), W(w, $"{p}.smart.tijdsgebonden")),
                    W(w, $"{p}.eigenaar"), W(w, $"{p}.kwartaal")?.ToUpperInvariant(), W(w, $"{p}.termijn")));
            }

            if (Weg(w, $"doelen[{d}]", ["titel", "thema"]) && acties.Count == 0)
            {
                continue;
            }

            kaart[$"doelen[{doelen.Count}]"] = $"doelen[{d}]";
            var thema = W(w, $"doelen[{d}].thema");
            doelen.Add(new Doel(W(w, $"doelen[{d}].titel") ?? "", int.TryParse(thema, out var t) ? t : null, acties));
        }

        var werkgroep = new List<Werkgroeplid>();
        for (var i = 0; i < Aantal(w, "aantal.werkgroep"); i++)
        {
            var p = $"werkgroep[{i}]";
            if (Weg(w, p, ["naam", "rol", "urenPerWeek"]))
            {
                continue;
            }

            kaart[$"werkgroep[{werkgroep.Count}]"] = p;
            werkgroep.Add(new Werkgroeplid(W(w, $"{p}.naam") ?? "", W(w, $"{p}.rol"), Decimaal(w, $"{p}.urenPerWeek", fouten)));
        }

        var regels = new List<Begrotingsregel>();
        for (var r = 0; r < Aantal(w, "aantal.regels"); r++)
        {
            var p = $"begroting.regels[{r}]";
            if (Weg(w, p, ["post", "doelgroep", "bedragCent", "formule.urenPerWeek", "formule.tariefCent", "formule.weken", "formule.aantal"]))
            {
                continue;
            }

            kaart[$"begroting.regels[{regels.Count}]"] = p;
            var uren = Decimaal(w, $"{p}.formule.urenPerWeek", fouten);
            var tarief = Cent(w, $"{p}.formule.tariefCent", fouten);
            var weken = Decimaal(w, $"{p}.formule.weken", fouten);
            Formule? formule = null;
            if (uren is not null || tarief is not null || weken is not null)
            {
                if (uren is null || tarief is null || weken is null)
                {
                    fouten.Add(new Fout($"{p}.formule.urenPerWeek", "Vul voor een berekening de uren per week, het uurtarief én het aantal weken in."));
                }
                else
                {
                    formule = new Formule(uren.Value, tarief.Value, weken.Value, Decimaal(w, $"{p}.formule.aantal", fouten) ?? 1);
                }
            }

            regels.Add(new Begrotingsregel(
                W(w, $"{p}.post") ?? "", W(w, $"{p}.doelgroep"), Cent(w, $"{p}.bedragCent", fouten), formule, W(w, $"{p}.werkgroep") == "true"));
        }

        var totalen = new List<GesteldTotaal>();
        for (var t = 0; t < Aantal(w, "aantal.totalen"); t++)
        {
            var p = $"begroting.gesteldeTotalen[{t}]";
            if (Weg(w, p, ["tekst", "bron", "bedragCent"]))
            {
                continue;
            }

            kaart[$"begroting.gesteldeTotalen[{totalen.Count}]"] = p;
            totalen.Add(new GesteldTotaal(W(w, $"{p}.tekst") ?? "", W(w, $"{p}.bron"), Cent(w, $"{p}.bedragCent", fouten)));
        }

        var inhoud = new Planinhoud
        {
            Titel = W(w, "titel"),
            Status = W(w, "status") is { } s && Planbestandlezer.Statussen.TryGetValue(s, out var status) ? status : PlanStatus.GeenStartGemaakt,
            Visie = new Tekstpaar(W(w, "visie.eenJaar"), W(w, "visie.meerjarig")),
            Ambitie = new Tekstpaar(W(w, "ambitie.eenJaar"), W(w, "ambitie.meerjarig")),
            Dimensies = Regels(W(w, "dimensies")),
            Themas = (W(w, "themas") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => int.TryParse(t, out var n) ? n : 0).ToList(),
            Ankers = Ankers(W(w, "ankers"), fouten),
            Doelen = doelen,
            Werkgroep = werkgroep,
            Begroting = new Begroting(regels, totalen),
            Bronopmerkingen = Regels(W(w, "bronopmerkingen")),
        };
        return (inhoud, fouten, pad => NaarVeld(pad, kaart));
    }

    /// <summary>"doelen[0].acties[1].titel" in the plan is "doelen[0].acties[2].titel" on a form where row 1 was left empty.</summary>
    private static string NaarVeld(string pad, Dictionary<string, string> kaart)
    {
        foreach (var (inhoud, formulier) in kaart.OrderByDescending(k => k.Key.Length))
        {
            if (pad == inhoud || pad.StartsWith(inhoud + ".", StringComparison.Ordinal))
            {
                return formulier + pad[inhoud.Length..];
            }
        }

        return Lijstindex().Replace(pad, "");
    }

    private static Dictionary<string, DateOnly> Ankers(string? tekst, List<Fout> fouten)
    {
        var ankers = new Dictionary<string, DateOnly>(StringComparer.OrdinalIgnoreCase);
        foreach (var regel in Regels(tekst))
        {
            var deel = regel.LastIndexOf(':');
            if (deel <= 0
                || !DateOnly.TryParseExact(regel[(deel + 1)..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                fouten.Add(new Fout("ankers",
                    $"'{regel}' is geen anker; schrijf per regel een naam en een datum, bijvoorbeeld 'aanvang van het project: 2024-04-01'."));
                continue;
            }

            ankers[regel[..deel].Trim()] = datum;
        }

        return ankers;
    }

    private static decimal? Decimaal(IReadOnlyDictionary<string, string?> w, string naam, List<Fout> fouten)
    {
        if (Getallen.ProbeerDecimaal(W(w, naam), out var getal))
        {
            return getal;
        }

        fouten.Add(new Fout(naam, $"'{W(w, naam)}' is geen getal; schrijf bijvoorbeeld 4 of 2,5."));
        return null;
    }

    private static long? Cent(IReadOnlyDictionary<string, string?> w, string naam, List<Fout> fouten)
    {
        var tekst = W(w, naam);
        if (tekst is null)
        {
            return null;
        }

        if (Bedragen.ProbeerLees(tekst, out var cent))
        {
            return cent;
        }

        fouten.Add(new Fout(naam, $"'{tekst}' is geen bedrag in euro's; schrijf bijvoorbeeld 7.500 of 7.500,50."));
        return null;
    }

    private static bool Weg(IReadOnlyDictionary<string, string?> w, string pad, string[] velden) =>
        W(w, $"{pad}.verwijderen") == "true" || velden.All(v => W(w, $"{pad}.{v}") is null);

    private static int Aantal(IReadOnlyDictionary<string, string?> w, string naam) =>
        int.TryParse(W(w, naam), out var n) ? Math.Clamp(n, 0, 500) : 0;

    private static List<string> Regels(string? tekst) =>
        (tekst ?? "").Split('\n').Select(r => r.Trim()).Where(r => r.Length > 0).ToList();

    private static string? W(IReadOnlyDictionary<string, string?> w, string naam) =>
        w.GetValueOrDefault(naam)?.Trim() is { Length: > 0 } tekst ? tekst : null;

    private static string? Euro(long? cent) => cent is { } c ? Bedragen.Tekst(c)[2..] : null;

    private static string Tekst(int getal) => getal.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Lijstindex();
}
