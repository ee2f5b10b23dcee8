using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IdCyclus.Host.Pages.Fout;

/// <summary>The friendly Dutch page for an unexpected error or a status code; the technical detail goes to the log only.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class FoutModel : PageModel
{
    public int Status { get; private set; }

    public string Kop => Status switch
    {
        404 => "Deze pagina bestaat niet",
        403 => "U heeft geen toegang tot deze pagina",
        400 => "Deze aanvraag kon niet worden verwerkt",
        413 => "Het bestand of de invoer is te groot",
        _ => "Er ging iets mis",
    };

    public string Uitleg => Status switch
    {
        404 => "Misschien is de link verouderd of is het adres niet goed overgenomen.",
        403 => "Deze gegevens horen bij een directie of cluster waarvoor u geen rol heeft.",
        413 =>
            "Er is niets opgeslagen. Een importbestand mag hooguit 2 MB zijn, een bijlage hooguit 10 MB; een gewoon formulier hooguit 1 MB. "
            + "Ga terug en kies een kleiner bestand of kort de tekst in.",
        400 => "Probeer het opnieuw vanaf de vorige pagina. Lukt het dan nog niet, neem contact op met Bureau Inclusie en Diversiteit.",
        _ =>
            "Er is niets opgeslagen van de laatste handeling. Probeer het over een paar minuten opnieuw; "
            + "lukt het dan nog niet, neem contact op met Bureau Inclusie en Diversiteit.",
    };

    public void OnGet(int? code) => Zet(code);

    public void OnPost(int? code) => Zet(code);

    private void Zet(int? code)
    {
        Status = code ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = Status;
    }
}
