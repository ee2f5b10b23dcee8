using System.Diagnostics;

namespace IdCyclus.Tests.Integration.Rapportage;

/// <summary>Reads a PDF as a person would check it: its text (pdftotext) and its properties (pdfinfo), from poppler-utils.</summary>
internal static class Pdfcontrole
{
    public static async Task<string> TekstAsync(string pdf) => await VoerUitAsync("pdftotext", "-layout", pdf, "-");

    public static async Task<Dictionary<string, string>> InfoAsync(string pdf) =>
        (await VoerUitAsync("pdfinfo", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(r => r.Contains(':', StringComparison.Ordinal))
            .ToDictionary(r => r[..r.IndexOf(':', StringComparison.Ordinal)].Trim(), r => r[(r.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());

    private static async Task<string> VoerUitAsync(string programma, params string[] argumenten)
    {
        var start = new ProcessStartInfo(programma) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in argumenten)
        {
            start.ArgumentList.Add(a);
        }

        using var proces = Process.Start(start) ?? throw new InvalidOperationException($"{programma} start niet (apt-get install poppler-utils).");
        var uit = await proces.StandardOutput.ReadToEndAsync();
        await proces.WaitForExitAsync();
        Assert.True(proces.ExitCode == 0, $"{programma} faalde: {await proces.StandardError.ReadToEndAsync()}");
        return uit;
    }
}
