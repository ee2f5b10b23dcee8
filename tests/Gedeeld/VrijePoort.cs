using System.Net;
using System.Net.Sockets;

namespace IdCyclus.Tests.Gedeeld;

/// <summary>
/// A loopback port for a server a test starts, chosen below the kernel's ephemeral range (32768–60999 on Linux). A port
/// asked for with 0 comes from that range, and between releasing it and the server binding it (a host migrates and seeds
/// first, seconds later) any outgoing connection of the tests running in parallel may get it as its local port: the host
/// then dies at start with "address already in use" (exit code 134; seen in a full run). Below the range only another
/// test's own choice can take a port, and the choice is random and checked free. Linked into each test project that
/// starts servers, so they all choose the same way.
/// </summary>
public static class VrijePoort
{
    public static int Kies()
    {
        var bovengrens = EersteEfemerePoort();
        var ondergrens = Math.Max(10_000, bovengrens - 12_000);
        for (var poging = 0; poging < 500; poging++)
        {
            var poort = Random.Shared.Next(ondergrens, bovengrens);
            try
            {
                var luisteraar = new TcpListener(IPAddress.Loopback, poort);
                luisteraar.Start();
                luisteraar.Stop();
                return poort;
            }
            catch (SocketException)
            {
                // In use: try another.
            }
        }

        throw new InvalidOperationException($"Geen vrije poort gevonden tussen {ondergrens} en {bovengrens}.");
    }

    /// <summary>The lower bound of the ephemeral range (Linux: /proc/sys/net/ipv4/ip_local_port_range), else Linux's default.</summary>
    private static int EersteEfemerePoort()
    {
        const string Bereik = "/proc/sys/net/ipv4/ip_local_port_range";
        try
        {
            return File.Exists(Bereik) && int.TryParse(File.ReadAllText(Bereik).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], out var van)
                ? van
                : 32_768;
        }
        catch (IOException)
        {
            return 32_768;
        }
    }
}
