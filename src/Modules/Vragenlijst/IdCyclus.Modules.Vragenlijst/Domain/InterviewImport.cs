using System.Globalization;
using System.Text.Json;
using IdCyclus.Shared.Validation;

namespace IdCyclus.Modules.Vragenlijst.Domain;

/// <summary>A directie as the import needs it: its abbreviation resolved to the organisation's id and cluster.</summary>
internal sealed record ImportDirectie(Guid Id, string Afkorting, string ClusterId);

internal sealed record GeimporteerdInterview(
    int Jaar,
    string Versiecode,
    ImportDirectie Directie,
    Respondenttype Respondenttype,
    Dictionary<string, Antwoord> Antwoorden,
    string? Respondent,
    IReadOnlyList<string> Accounthouders,
    DateOnly? Datum,
    string? Observatie);

/// <summary>
/// Either every interview of the file or every problem in it, never both: a half-imported year would leave Bureau
/// guessing which directies still need entering. <see cref="Fout.Veld"/> is the place in the file.
/// </summary>
internal sealed record ImportResultaat(IReadOnlyList<GeimporteerdInterview> Interviews, IReadOnlyList<Fout> Fouten)
{
    public bool IsGelukt => Fouten.Count == 0;

    /// <summary>"interviews[1].antwoorden["6"]: score 3 valt buiten 0 tot en met 2", one line per problem.</summary>
    public IReadOnlyList<string> Meldingen => Fouten.Select(f => $"{f.Veld}: {f.Melding}").ToList();
}

/// <summary>
/// Reads the interview import file. It checks everything it can and reports every problem with its place in the file,
/// so Bureau fixes a file in one round instead of one error per upload.
/// </summary>
internal static partial class InterviewImport
{
    private static readonly string[] VeldenBestand = ["jaar", "versie", "interviews"];

    private static readonly string[] VeldenInterview =
        ["directie", "respondenttype", "antwoorden", "respondent", "accounthouders", "datum", "notities", "observatie"];

    /// <param name="versieOpCode">The questionnaire version with that code, or null.</param>
    /// <param name="directieOpAfkorting">The directie with that abbreviation, ignoring case, or null.</param>
    /// <param name="bestaatAl">Whether an interview for that year and directie is already stored.</param>
    public static ImportResultaat Lees(
        string json,
        Func<string, Vragenlijstinhoud?> versieOpCode,
        Func<string, ImportDirectie?> directieOpAfkorting,
        Func<int, Guid, bool> bestaatAl)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            var plaats = ex.LineNumber is null ? "" : $" {JsonWaarde.Plaats(json, ex)}";
            return Mislukt(new Fout("bestand", $"geen geldige JSON{plaats}"));
        }

        using (document)
        {
            var lezer = new Lezer(versieOpCode, directieOpAfkorting, bestaatAl);
            var interviews = lezer.LeesBestand(document.RootElement);
            return lezer.Fouten.Count > 0 ? new ImportResultaat([], lezer.Fouten) : new ImportResultaat(interviews, []);
        }
    }

    private static ImportResultaat Mislukt(Fout fout) => new([], [fout]);

    /// <summary>A field absent from the file is null, not a default JsonElement that would pass for a value.</summary>
    private static JsonElement? Veld(Dictionary<string, JsonElement> velden, string naam) =>
        velden.TryGetValue(naam, out var waarde) ? waarde : null;

    private static string Soort(JsonElement element) => JsonWaarde.Beschrijf(element, lidwoord: false);

    private static string Opsomming(IEnumerable<string> namen)
    {
        var lijst = namen.Select(n => $"\"{n}\"").ToList();
        return lijst.Count == 1 ? lijst[0] : $"{string.Join(", ", lijst.Take(lijst.Count - 1))} en {lijst[^1]}";
    }

    private sealed partial class Lezer(
        Func<string, Vragenlijstinhoud?> versieOpCode,
        Func<string, ImportDirectie?> directieOpAfkorting,
        Func<int, Guid, bool> bestaatAl)
    {
        private string _versiecode = "";

        public List<Fout> Fouten { get; } = [];

        private void Fout(string plaats, string melding) => Fouten.Add(new Fout(plaats, melding));

        public List<GeimporteerdInterview> LeesBestand(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Fout("bestand", $"verwacht een object met {Opsomming(VeldenBestand)}, maar vond {Soort(root)}");
                return [];
            }

            var velden = Velden(root, "", VeldenBestand);
            var jaar = LeesJaar(Veld(velden, "jaar"));
            var (versiecode, inhoud) = LeesVersie(Veld(velden, "versie"), jaar);

            if (!velden.TryGetValue("interviews", out var lijst))
            {
                Fout("interviews", "ontbreekt; verwacht een lijst met ten minste één interview");
                return [];
            }

            if (lijst.ValueKind != JsonValueKind.Array)
            {
                Fout("interviews", $"verwacht een lijst met interviews, maar vond {Soort(lijst)}");
                return [];
            }

            if (lijst.GetArrayLength() == 0)
            {
                Fout("interviews", "de lijst is leeg; verwacht ten minste één interview");
                return [];
            }

            var interviews = new List<GeimporteerdInterview>();
            var eerderePlaats = new Dictionary<Guid, int>();
            var index = 0;
            foreach (var element in lijst.EnumerateArray())
            {
                var interview = LeesInterview(element, index, jaar, versiecode, inhoud, eerderePlaats);
                if (interview is not null)
                {
                    interviews.Add(interview);
                }

                index++;
            }

            return interviews;
        }

        private int? LeesJaar(JsonElement? waarde)
        {
            if (waarde is not { } jaar)
            {
                Fout("jaar", "ontbreekt; verwacht een jaartal van 2000 tot en met 2100");
                return null;
            }

            if (jaar.ValueKind == JsonValueKind.Number && jaar.TryGetInt32(out var getal) && getal is >= 2000 and <= 2100)
            {
                return getal;
            }

            Fout("jaar", $"verwacht een jaartal (geheel getal) van 2000 tot en met 2100, maar vond {Soort(jaar)}");
            return null;
        }

        private (string? Code, Vragenlijstinhoud? Inhoud) LeesVersie(JsonElement? waarde, int? jaar)
        {
            if (waarde is not { } versie)
            {
                Fout("versie", "ontbreekt; verwacht de code van de vragenlijstversie, bijvoorbeeld \"2024\"");
                return (null, null);
            }

            if (versie.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(versie.GetString()))
            {
                Fout("versie", $"verwacht de code van de vragenlijstversie als tekst, maar vond {Soort(versie)}");
                return (null, null);
            }

            var code = versie.GetString()!.Trim();
            _versiecode = code;
            var inhoud = versieOpCode(code);
            if (inhoud is null)
            {
                Fout("versie", $"onbekende vragenlijstversie \"{code}\"");
                return (code, null);
            }

            // A version code starts with its year ("2024", "2025-herzien"); a file for 2025 with the 2024 version would
            // score a year's interviews against last year's questions.
            if (jaar is { } j
                && code.Length >= 4
                && int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var versiejaar)
                && versiejaar != j)
            {
                Fout("versie", $"vragenlijstversie \"{code}\" hoort bij {versiejaar}, niet bij jaar {j}");
            }

            return (code, inhoud);
        }

        private GeimporteerdInterview? LeesInterview(
            JsonElement element,
            int index,
            int? jaar,
            string? versiecode,
            Vragenlijstinhoud? inhoud,
            Dictionary<Guid, int> eerderePlaats)
        {
            var pad = $"interviews[{index}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                Fout(pad, $"verwacht een interview (object), maar vond {Soort(element)}");
                return null;
            }

            var aantalFouten = Fouten.Count;
            // The first "directie" field, the one Velden reads (TryGetProperty would give the last of a repeated field).
            var d = element.EnumerateObject().FirstOrDefault(p => p.Name == "directie").Value;
            var afkorting = d.ValueKind == JsonValueKind.String ? d.GetString()!.Trim() : null;
            // The directie's name makes an interview findable in a long file; nested paths stay short.
            var kop = afkorting is { Length: > 0 } ? $"{pad} (directie \"{afkorting}\")" : pad;

            var velden = Velden(element, $"{pad}.", VeldenInterview);
            var directie = LeesDirectie(Veld(velden, "directie"), kop, pad);
            var respondenttype = LeesRespondenttype(Veld(velden, "respondenttype"), pad);
            var antwoorden = LeesAntwoorden(Veld(velden, "antwoorden"), pad, inhoud);
            var respondent = LeesTekst(Veld(velden, "respondent"), $"{pad}.respondent", "de naam van de respondent");
            var accounthouders = LeesAccounthouders(Veld(velden, "accounthouders"), $"{pad}.accounthouders");
            var datum = LeesDatum(Veld(velden, "datum"), $"{pad}.datum");
            LeesNotities(Veld(velden, "notities"), $"{pad}.notities", inhoud, antwoorden);
            var observatie = LeesTekst(Veld(velden, "observatie"), $"{pad}.observatie", "de observatie van de accounthouder");

            if (directie is not null)
            {
                if (eerderePlaats.TryGetValue(directie.Id, out var eerder))
                {
                    var inJaar = jaar is { } dit ? $" in {dit}" : "";
                    Fout(kop, $"dubbel interview voor directie \"{directie.Afkorting}\"{inJaar} (ook interviews[{eerder}])");
                }
                else
                {
                    eerderePlaats[directie.Id] = index;
                    if (jaar is { } j && bestaatAl(j, directie.Id))
                    {
                        Fout(
                            kop,
                            $"er is al een interview voor directie \"{directie.Afkorting}\" in {j}; wijzig dat in de applicatie of laat dit interview weg");
                    }
                }
            }

            if (Fouten.Count > aantalFouten || directie is null || respondenttype is null || antwoorden is null || jaar is null || versiecode is null)
            {
                return null;
            }

            return new GeimporteerdInterview(jaar.Value, versiecode, directie, respondenttype.Value, antwoorden, respondent, accounthouders, datum, observatie);
        }

        private ImportDirectie? LeesDirectie(JsonElement? waarde, string kop, string pad)
        {
            if (waarde is not { } directie)
            {
                Fout(pad, "directie ontbreekt; verwacht de afkorting van de directie, bijvoorbeeld \"F&I\"");
                return null;
            }

            if (directie.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(directie.GetString()))
            {
                Fout($"{pad}.directie", $"verwacht de afkorting van de directie als tekst, maar vond {Soort(directie)}");
                return null;
            }

            var afkorting = directie.GetString()!.Trim();
            var gevonden = directieOpAfkorting(afkorting);
            if (gevonden is null)
            {
                Fout(kop, $"onbekende directie \"{afkorting}\"");
            }

            return gevonden;
        }

        private Respondenttype? LeesRespondenttype(JsonElement? waarde, string pad)
        {
            var toegestaan = Opsomming(RespondenttypeTekst.Alle.Select(a => a.Sleutel));
            if (waarde is not { } type)
            {
                Fout(pad, $"respondenttype ontbreekt; kies uit {toegestaan}");
                return null;
            }

            if (type.ValueKind == JsonValueKind.String && RespondenttypeTekst.ProbeerLees(type.GetString(), out var gelezen))
            {
                return gelezen;
            }

            Fout($"{pad}.respondenttype", type.ValueKind == JsonValueKind.String
                ? $"onbekend respondenttype \"{type.GetString()}\"; kies uit {toegestaan}"
                : $"verwacht een respondenttype als tekst, maar vond {Soort(type)}; kies uit {toegestaan}");
            return null;
        }
    }
}
