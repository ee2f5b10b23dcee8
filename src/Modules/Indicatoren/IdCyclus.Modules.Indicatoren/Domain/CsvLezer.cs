using System.Text;

namespace IdCyclus.Modules.Indicatoren.Domain;

/// <summary>
/// CSV as Excel and people write it (RFC 4180 quotes, CRLF or LF). The separator is taken from the header: ';' when it
/// has one (Dutch Excel), else ','. Line numbers are the file's own, so a message points at the line a person sees.
/// </summary>
internal static class CsvLezer
{
    public static Bestandsinhoud Lees(string tekst)
    {
        var records = new List<(int Regel, List<string> Velden)>();
        var fout = Splits(tekst, records);
        if (fout is not null)
        {
            return Bestandsinhoud.Fout(fout);
        }

        records.RemoveAll(r => r.Velden.All(v => v.Trim().Length == 0));
        if (records.Count == 0)
        {
            return Bestandsinhoud.Fout("Het bestand is leeg (alleen lege regels).");
        }

        var kopRegel = records[0];
        var scheiding = kopRegel.Velden.Count == 1 && kopRegel.Velden[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        // The first split used ',', so a ';' file is split again: cheap, and the header decides for the whole file.
        if (scheiding == ';')
        {
            records.Clear();
            if (Splits(tekst, records, ';') is { } puntkommaFout)
            {
                return Bestandsinhoud.Fout(puntkommaFout);
            }

            records.RemoveAll(r => r.Velden.All(v => v.Trim().Length == 0));
            if (records.Count == 0)
            {
                return Bestandsinhoud.Fout("Het bestand is leeg (alleen lege regels).");
            }

            kopRegel = records[0];
        }

        var kopfouten = Importbestand.ControleerKop(kopRegel.Regel, kopRegel.Velden, out var namen);
        if (kopfouten.Count > 0)
        {
            return new Bestandsinhoud([], kopfouten);
        }

        if (records.Count == 1)
        {
            return Bestandsinhoud.Fout("Het bestand bevat alleen de kopregel en geen cijfers.");
        }

        if (records.Count - 1 > Importbestand.MaxRegels)
        {
            return Bestandsinhoud.Fout($"Het bestand heeft {records.Count - 1} regels met cijfers; het maximum is {Importbestand.MaxRegels}.");
        }

        var regels = new List<Bestandsregel>();
        var fouten = new List<string>();
        foreach (var (regel, velden) in records.Skip(1))
        {
            if (velden.Count != namen.Count)
            {
                var hint = scheiding == ',' && velden.Count > namen.Count
                    ? " Staat er een decimale komma in een bestand met komma's als scheidingsteken? "
                      + "Zet het getal dan tussen aanhalingstekens of gebruik een punt."
                    : "";
                fouten.Add($"Regel {regel}: {velden.Count} kolom(men) in plaats van {namen.Count} ({string.Join(scheiding, namen)}).{hint}");
                continue;
            }

            regels.Add(new Bestandsregel(regel, namen.Select((n, i) => (n, v: velden[i])).Where(p => p.n.Length > 0).ToDictionary(p => p.n, p => p.v.Trim())));
        }

        return new Bestandsinhoud(regels, fouten);
    }

    /// <returns>A Dutch message when a quote is never closed, else null.</returns>
    private static string? Splits(string tekst, List<(int, List<string>)> records, char scheiding = ',')
    {
        var regel = 1;
        var i = 0;
        while (i < tekst.Length)
        {
            var start = regel;
            var velden = new List<string>();
            var veld = new StringBuilder();
            var einde = false;
            while (!einde)
            {
                if (i < tekst.Length && tekst[i] == '"' && veld.ToString().Trim().Length == 0)
                {
                    veld.Clear();
                    i++;
                    while (true)
                    {
                        if (i >= tekst.Length)
                        {
                            return $"Regel {start}: een aanhalingsteken (\") wordt niet afgesloten.";
                        }

                        if (tekst[i] == '"')
                        {
                            if (i + 1 < tekst.Length && tekst[i + 1] == '"')
                            {
                                veld.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        if (tekst[i] == '\n')
                        {
                            regel++;
                        }

                        veld.Append(tekst[i++]);
                    }
                }

                if (i >= tekst.Length)
                {
                    einde = true;
                }
                else if (tekst[i] == scheiding)
                {
                    velden.Add(veld.ToString());
                    veld.Clear();
                    i++;
                    continue;
                }
                else if (tekst[i] == '\r' || tekst[i] == '\n')
                {
                    i += tekst[i] == '\r' && i + 1 < tekst.Length && tekst[i + 1] == '\n' ? 2 : 1;
                    regel++;
                    einde = true;
                }
                else
                {
                    veld.Append(tekst[i++]);
                }
            }

            velden.Add(veld.ToString());
            records.Add((start, velden));
        }

        return null;
    }
}
