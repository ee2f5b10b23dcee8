using System.Text.Json;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Actieplannen.Domain;

/// <summary>An action's progress as the file states it.</summary>
internal sealed record BestandVoortgang(ActieStatus Status, string? Notitie);

/// <summary>One plan read from the import format (docs/actieplannen-schema.json).</summary>
internal sealed record Planbestand(
    string Directie,
    int Jaar,
    Planinhoud Inhoud,
    DateOnly? GoedgekeurdOp,
    string? GoedgekeurdDoor,
    IReadOnlyDictionary<string, BestandVoortgang> Voortgang,
    string Pad);

/// <summary>
/// Reads the documented JSON format: one plan, or <c>{"actieplannen": [...]}</c>. Every problem in the file is reported
/// with its JSON path (<c>$.actieplannen[1].doelen[0].acties[2].termijn</c>) and a Dutch message, all at once, so that
/// a whole file can be fixed in one go; nothing is returned unless every plan is valid.
/// </summary>
internal static class Planbestandlezer
{
    public const string Formaat = "idcyclus-actieplan/1";

    public static Resultaat<IReadOnlyList<Planbestand>> Lees(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return Resultaat<IReadOnlyList<Planbestand>>.Mislukt("$",
                $"Het bestand is geen geldige JSON {JsonWaarde.Plaats(json, ex)}.");
        }

        using (document)
        {
            var fouten = new List<Fout>();
            var plannen = new List<Planbestand>();
            var wortel = document.RootElement;
            if (wortel.ValueKind != JsonValueKind.Object)
            {
                return Resultaat<IReadOnlyList<Planbestand>>.Mislukt(
                    "$", "Het bestand moet een JSON-object zijn: één actieplan, of {\"actieplannen\": [ … ]}.");
            }

            if (wortel.TryGetProperty("actieplannen", out var lijst))
            {
                if (lijst.ValueKind != JsonValueKind.Array || lijst.GetArrayLength() == 0)
                {
                    return Resultaat<IReadOnlyList<Planbestand>>.Mislukt(
                        "$.actieplannen", "'actieplannen' moet een lijst met ten minste één actieplan zijn.");
                }

                var i = 0;
                foreach (var plan in lijst.EnumerateArray())
                {
                    LeesPlan(new Lezer(fouten), plan, $"$.actieplannen[{i++}]", plannen);
                }
            }
            else
            {
                LeesPlan(new Lezer(fouten), wortel, "$", plannen);
            }

            foreach (var dubbel in plannen.GroupBy(p => (p.Directie.ToUpperInvariant(), p.Jaar)).Where(g => g.Count() > 1))
            {
                fouten.Add(new Fout(dubbel.Last().Pad, $"Het bestand bevat twee actieplannen van {dubbel.Key.Item1} voor {dubbel.Key.Jaar}."));
            }

            return fouten.Count > 0 ? Resultaat<IReadOnlyList<Planbestand>>.Mislukt(fouten) : Resultaat<IReadOnlyList<Planbestand>>.Gelukt(plannen);
        }
    }

    private static void LeesPlan(Lezer l, JsonElement plan, string pad, List<Planbestand> plannen)
    {
        if (!l.Object(plan, pad))
        {
            return;
        }

        var aantalFouten = l.Fouten.Count;
        var formaat = l.Tekst(plan, pad, "formaat", verplicht: true);
        if (formaat is not null && formaat != Formaat)
        {
            l.Fout($"{pad}.formaat", $"Onbekend formaat '{formaat}'; dit bestand moet '{Formaat}' zijn.");
        }

        var directie = l.Tekst(plan, pad, "directie", verplicht: true);
        var jaar = l.Geheel(plan, pad, "jaar", verplicht: true);
        if (jaar is < 2020 or > 2100)
        {
            l.Fout($"{pad}.jaar", $"Jaar {jaar} ligt niet tussen 2020 en 2100.");
        }

        var status = l.Keuze(plan, pad, "status", Statussen) ?? PlanStatus.GeenStartGemaakt;
        DateOnly? goedgekeurdOp = null;
        string? goedgekeurdDoor = null;
        if (l.Optioneel(plan, "goedgekeurd", out var goedgekeurd) && l.Object(goedgekeurd, $"{pad}.goedgekeurd"))
        {
            goedgekeurdOp = l.Datum(goedgekeurd, $"{pad}.goedgekeurd", "op", verplicht: true);
            goedgekeurdDoor = l.Tekst(goedgekeurd, $"{pad}.goedgekeurd", "door", verplicht: true);
        }

        var voortgang = new Dictionary<string, BestandVoortgang>(StringComparer.Ordinal);
        var inhoud = new Planinhoud
        {
            Titel = l.Tekst(plan, pad, "titel"),
            Status = status,
            Visie = Paar(l, plan, pad, "visie"),
            Ambitie = Paar(l, plan, pad, "ambitie"),
            Dimensies = l.Lijst(plan, pad, "dimensies", (e, p) => l.Waarde<string>(e, p, JsonValueKind.String, "een tekst")),
            Themas = l.Lijst(plan, pad, "themas", (e, p) => l.Waarde<int>(e, p, JsonValueKind.Number, "een themanummer (1 tot en met 8)")),
            Ankers = Ankers(l, plan, pad),
            Doelen = l.Lijst(plan, pad, "doelen", (e, p) => Doel(l, e, p, voortgang)),
            Werkgroep = l.Lijst(plan, pad, "werkgroep", (e, p) => l.Object(e, p)
                ? new Werkgroeplid(l.Tekst(e, p, "naam", verplicht: true) ?? "", l.Tekst(e, p, "rol"), l.Decimaal(e, p, "urenPerWeek"))
                : null),
            Begroting = Begroting(l, plan, pad),
            Bronopmerkingen = l.Lijst(plan, pad, "bronopmerkingen", (e, p) => l.Waarde<string>(e, p, JsonValueKind.String, "een tekst")),
        };

        if (l.Fouten.Count > aantalFouten)
        {
            return;
        }

        var regels = goedgekeurdOp is null ? Versieregels.ControleerConcept(inhoud) : Planregels.Controleer(inhoud);
        foreach (var fout in regels)
        {
            l.Fout(fout.Veld == "status" && goedgekeurdOp is null ? $"{pad}.status" : $"{pad}.{fout.Veld}",
                fout.Veld == "status"
                    ? "De status 'volledig-plan-geaccordeerd' kan alleen met 'goedgekeurd' (datum en door wie): anders is het een concept."
                    : fout.Melding);
        }

        if (goedgekeurdOp is { } op && status != PlanStatus.VolledigPlanGeaccordeerd)
        {
            l.Fout($"{pad}.status", "Een goedgekeurd plan heeft de status 'volledig-plan-geaccordeerd'.");
        }

        if (l.Fouten.Count == aantalFouten)
        {
            plannen.Add(new Planbestand(directie!, jaar!.Value, inhoud, goedgekeurdOp, goedgekeurdDoor, voortgang, pad));
        }
    }

    private static Doel? Doel(Lezer l, JsonElement e, string p, Dictionary<string, BestandVoortgang> voortgang)
    {
        if (!l.Object(e, p))
        {
            return null;
        }

        var acties = l.Lijst(e, p, "acties", (a, ap) => Actie(l, a, ap, voortgang));
        return new Doel(l.Tekst(e, p, "titel", verplicht: true) ?? "", l.Geheel(e, p, "thema"), acties);
    }

    private static Actie? Actie(Lezer l, JsonElement e, string p, Dictionary<string, BestandVoortgang> voortgang)
    {
        if (!l.Object(e, p))
        {
            return null;
        }

        var nummer = l.Tekst(e, p, "nummer");
        var sleutel = l.Tekst(e, p, "id") ?? nummer ?? p[(p.IndexOf(".doelen", StringComparison.Ordinal) + 1)..];
        var smart = Smart.Leeg;
        if (l.Optioneel(e, "smart", out var s) && l.Object(s, $"{p}.smart"))
        {
            var sp = $"{p}.smart";
            smart = new Smart(
                l.Tekst(s, sp, "specifiek"), l.Tekst(s, sp, "meetbaar"), l.Tekst(s, sp, "acceptabel"), l.Tekst(s, sp, "realistisch"),
                l.Tekst(s, sp, "tijdsgebonden"));
        }

        var status = l.Keuze(e, p, "status", ActieStatussen);
        var notitie = l.Tekst(e, p, "voortgang");
        if (notitie?.Length > Voortgangsregels.MaxNotitie)
        {
            l.Fout($"{p}.voortgang", $"De voortgangsnotitie is {notitie.Length} tekens lang; het maximum is {Voortgangsregels.MaxNotitie}.");
        }

        if (status is not null || notitie is not null)
        {
            voortgang[sleutel] = new BestandVoortgang(status ?? ActieStatus.NietGestart, notitie);
        }

        return new Actie(
            sleutel, nummer, l.Tekst(e, p, "titel", verplicht: true) ?? "", smart,
            l.Tekst(e, p, "eigenaar"), l.Tekst(e, p, "kwartaal"), l.Tekst(e, p, "termijn"));
    }

    private static Begroting Begroting(Lezer l, JsonElement plan, string pad)
    {
        if (!l.Optioneel(plan, "begroting", out var b) || !l.Object(b, $"{pad}.begroting"))
        {
            return new Begroting([], []);
        }

        var bp = $"{pad}.begroting";
        var regels = l.Lijst(b, bp, "regels", (e, p) =>
        {
            if (!l.Object(e, p))
            {
                return null;
            }

            Formule? formule = null;
            if (l.Optioneel(e, "formule", out var f) && l.Object(f, $"{p}.formule"))
            {
                var fp = $"{p}.formule";
                var uren = l.Decimaal(f, fp, "urenPerWeek", verplicht: true);
                var tarief = l.Cent(f, fp, "tariefCent", verplicht: true);
                var weken = l.Decimaal(f, fp, "weken", verplicht: true);
                formule = uren is null || tarief is null || weken is null
                    ? null
                    : new Formule(uren.Value, tarief.Value, weken.Value, l.Decimaal(f, fp, "aantal") ?? 1);
            }

            return new Begrotingsregel(l.Tekst(e, p, "post", verplicht: true) ?? "", l.Tekst(e, p, "doelgroep"), l.Cent(e, p, "bedragCent"), formule,
                l.Waarheid(e, p, "werkgroep") ?? false);
        });
        var totalen = l.Lijst(b, bp, "gesteldeTotalen", (e, p) => l.Object(e, p)
            ? new GesteldTotaal(l.Tekst(e, p, "tekst", verplicht: true) ?? "", l.Tekst(e, p, "bron"), l.Cent(e, p, "bedragCent"))
            : null);
        return new Begroting(regels, totalen);
    }

    private static Tekstpaar Paar(Lezer l, JsonElement plan, string pad, string naam) =>
        l.Optioneel(plan, naam, out var e) && l.Object(e, $"{pad}.{naam}")
            ? new Tekstpaar(l.Tekst(e, $"{pad}.{naam}", "eenJaar"), l.Tekst(e, $"{pad}.{naam}", "meerjarig"))
            : new Tekstpaar(null, null);

    private static Dictionary<string, DateOnly> Ankers(Lezer l, JsonElement plan, string pad)
    {
        var ankers = new Dictionary<string, DateOnly>(StringComparer.OrdinalIgnoreCase);
        if (l.Optioneel(plan, "ankers", out var e) && l.Object(e, $"{pad}.ankers"))
        {
            foreach (var anker in e.EnumerateObject())
            {
                if (l.Datum(e, $"{pad}.ankers", anker.Name, verplicht: true) is { } datum)
                {
                    ankers[anker.Name.Trim()] = datum;
                }
            }
        }

        return ankers;
    }

    public static readonly IReadOnlyDictionary<string, PlanStatus> Statussen = new Dictionary<string, PlanStatus>
    {
        ["geen-start-gemaakt"] = PlanStatus.GeenStartGemaakt,
        ["start-gemaakt"] = PlanStatus.StartGemaakt,
        ["concept-plan"] = PlanStatus.ConceptPlan,
        ["volledig-plan-geaccordeerd"] = PlanStatus.VolledigPlanGeaccordeerd,
    };

    public static readonly IReadOnlyDictionary<string, ActieStatus> ActieStatussen = new Dictionary<string, ActieStatus>
    {
        ["niet-gestart"] = ActieStatus.NietGestart,
        ["loopt"] = ActieStatus.Loopt,
        ["vertraagd"] = ActieStatus.Vertraagd,
        ["afgerond"] = ActieStatus.Afgerond,
        ["vervallen"] = ActieStatus.Vervallen,
    };

    public static string Code<T>(IReadOnlyDictionary<string, T> codes, T waarde) => codes.First(c => EqualityComparer<T>.Default.Equals(c.Value, waarde)).Key;
}
