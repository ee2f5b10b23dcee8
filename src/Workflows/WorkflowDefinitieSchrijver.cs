using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using IdCyclus.Workflows.Lezen;

namespace IdCyclus.Workflows;

/// <summary>
/// Writes a definition as JSON in the documented format, fields in a fixed order and defaults left out, so that
/// <c>Lees(Schrijf(d))</c> equals <c>d</c>. Use it to store or show a definition built in code, or to start a new
/// version from a copy of an old one.
/// </summary>
public static class WorkflowDefinitieSchrijver
{
    private static readonly JsonWriterOptions Opties = new()
    {
        Indented = true,
        // Dutch text stays readable (é, ë) instead of \u00e9; the output is a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The definition as indented JSON.</summary>
    public static string Schrijf(WorkflowDefinitie definitie)
    {
        ArgumentNullException.ThrowIfNull(definitie);
        using var buffer = new MemoryStream();
        using (var schrijver = new Utf8JsonWriter(buffer, Opties))
        {
            schrijver.WriteStartObject();
            schrijver.WriteString("id", definitie.Id);
            schrijver.WriteString("naam", definitie.Naam);
            schrijver.WriteNumber("versie", definitie.Versie);
            SchrijfAls(schrijver, "omschrijving", definitie.Omschrijving);
            if (definitie.Opties != WorkflowOpties.Standaard)
            {
                schrijver.WriteStartObject("opties");
                schrijver.WriteBoolean("werkdagen", definitie.Opties.Werkdagen);
                if (definitie.Opties.Herhaling != Herhaling.Geen)
                {
                    schrijver.WriteString("herhaling", Velden.Naam(definitie.Opties.Herhaling));
                }
                schrijver.WriteEndObject();
            }

            SchrijfParameters(schrijver, definitie);
            SchrijfStappen(schrijver, definitie.Stappen);
            schrijver.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void SchrijfParameters(Utf8JsonWriter schrijver, WorkflowDefinitie definitie)
    {
        if (definitie.Parameters.Count > 0)
        {
            schrijver.WriteStartArray("parameters");
            foreach (var parameter in definitie.Parameters)
            {
                schrijver.WriteStartObject();
                schrijver.WriteString("naam", parameter.Naam);
                schrijver.WriteString("label", parameter.Label);
                schrijver.WriteString("soort", Velden.Naam(parameter.Soort));
                SchrijfAls(schrijver, "omschrijving", parameter.Omschrijving);
                schrijver.WriteEndObject();
            }

            schrijver.WriteEndArray();
        }

        if (definitie.Waarden.Count > 0)
        {
            schrijver.WriteStartObject("waarden");
            foreach (var waarde in definitie.Waarden)
            {
                schrijver.WriteString(waarde.Naam, Iso(waarde.Datum));
            }

            schrijver.WriteEndObject();
        }
    }

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void SchrijfStappen(Utf8JsonWriter schrijver, WaardeLijst<Stap> stappen)
    {
        schrijver.WriteStartArray("stappen");
        foreach (var stap in stappen)
        {
            SchrijfStap(schrijver, stap);
        }

        schrijver.WriteEndArray();
    }

    private static void SchrijfStap(Utf8JsonWriter schrijver, Stap stap)
    {
        schrijver.WriteStartObject();
        schrijver.WriteString("id", stap.Id);
        schrijver.WriteString("naam", stap.Naam);
        schrijver.WriteString("soort", Velden.Naam(stap.Soort));
        SchrijfAls(schrijver, "omschrijving", stap.Omschrijving);
        SchrijfLijst(schrijver, "naStappen", stap.NaStappen);

        switch (stap)
        {
            case TaakStap taak:
                schrijver.WriteString("rol", taak.Rol);
                SchrijfBereik(schrijver, taak.Bereik);
                SchrijfAls(schrijver, "formulier", taak.Formulier);
                SchrijfLijst(schrijver, "uitkomsten", taak.Uitkomsten);
                SchrijfTermijn(schrijver, "deadline", taak.Deadline);
                SchrijfLijst(schrijver, "herinneringen", taak.Herinneringen.Select(duur => duur.ToString()).ToList());
                SchrijfTermijn(schrijver, "opvolging", taak.Opvolging);
                if (taak.Escalaties.Count > 0)
                {
                    schrijver.WriteStartArray("escalaties");
                    foreach (var trede in taak.Escalaties)
                    {
                        schrijver.WriteStartObject();
                        schrijver.WriteString("na", trede.Na.ToString());
                        schrijver.WriteString("naarRol", trede.NaarRol);
                        schrijver.WriteString("melding", trede.Melding);
                        if (trede.Herverdelen)
                        {
                            schrijver.WriteBoolean("herverdelen", true);
                        }

                        schrijver.WriteEndObject();
                    }

                    schrijver.WriteEndArray();
                }

                break;
            case MeldingStap melding:
                schrijver.WriteString("sjabloon", melding.Sjabloon);
                schrijver.WriteString("aanRol", melding.AanRol);
                SchrijfBereik(schrijver, melding.Bereik);
                break;
            case WachtStap wacht:
                SchrijfTermijn(schrijver, "tot", wacht.Tot);
                break;
            case PerItemStap perItem:
                schrijver.WriteString("collectie", perItem.Collectie);
                SchrijfAls(schrijver, "voorwaarde", perItem.Voorwaarde);
                SchrijfStappen(schrijver, perItem.Stappen);
                break;
            case SamenvoegStap samenvoegen:
                schrijver.WriteString("wacht", Velden.Naam(samenvoegen.Wacht));
                if (samenvoegen.Aantal is { } aantal)
                {
                    schrijver.WriteNumber("aantal", aantal);
                }

                if (samenvoegen.AnnuleerRest)
                {
                    schrijver.WriteBoolean("annuleerRest", true);
                }

                break;
        }

        schrijver.WriteEndObject();
    }

    private static void SchrijfTermijn(Utf8JsonWriter schrijver, string veld, Termijn? termijn)
    {
        switch (termijn)
        {
            case DatumTermijn datum:
                schrijver.WriteStartObject(veld);
                schrijver.WriteString("datum", datum.Parameter is { } parameter ? "$" + parameter : Iso(datum.Datum));
                schrijver.WriteEndObject();
                break;
            case DuurTermijn duur:
                schrijver.WriteStartObject(veld);
                schrijver.WriteString("na", duur.Na.ToString());
                schrijver.WriteString("vanaf", duur.Vanaf.ToString());
                schrijver.WriteEndObject();
                break;
        }
    }

    private static void SchrijfBereik(Utf8JsonWriter schrijver, Bereik bereik)
    {
        if (bereik != Bereik.Geen)
        {
            schrijver.WriteString("bereik", Velden.Naam(bereik));
        }
    }

    private static void SchrijfLijst(Utf8JsonWriter schrijver, string veld, IReadOnlyList<string> waarden)
    {
        if (waarden.Count == 0)
        {
            return;
        }

        schrijver.WriteStartArray(veld);
        foreach (var waarde in waarden)
        {
            schrijver.WriteStringValue(waarde);
        }

        schrijver.WriteEndArray();
    }

    private static void SchrijfAls(Utf8JsonWriter schrijver, string veld, string? waarde)
    {
        if (waarde is not null)
        {
            schrijver.WriteString(veld, waarde);
        }
    }
}
