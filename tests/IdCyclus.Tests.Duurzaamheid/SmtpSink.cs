using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IdCyclus.Tests.Duurzaamheid;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 that records every accepted message (after its final 250) with the runtime's
/// idempotency header. Slow on purpose (<see cref="Vertraging"/>), so a host killed mid-send leaves the message unaccepted.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _luisteraar;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _lus;
    private int _gesprekken;

    /// <param name="poort">0 for any free port; a fixed port to come up where a host already expects its SMTP server.</param>
    public SmtpSink(int poort = 0)
    {
        _luisteraar = new TcpListener(IPAddress.Loopback, poort);
        _luisteraar.Start();
        _lus = Task.Run(LusAsync);
    }

    public int Poort => ((IPEndPoint)_luisteraar.LocalEndpoint).Port;

    public TimeSpan Vertraging { get; set; } = TimeSpan.FromMilliseconds(100);

    public ConcurrentQueue<(string Sleutel, string Aan, string MessageId)> Ontvangen { get; } = new();

    private async Task LusAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _luisteraar.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            // Counted here, not in the conversation: between the accept and the task's start it is already open.
            Interlocked.Increment(ref _gesprekken);
            _ = Task.Run(() => GesprekAsync(client));
        }
    }

    private async Task GesprekAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            await using var stroom = client.GetStream();
            using var lezer = new StreamReader(stroom, Encoding.ASCII);
            await using var schrijver = new StreamWriter(stroom, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await schrijver.WriteLineAsync("220 idcyclus-test SMTP");
            string? aan = null;
            while (await lezer.ReadLineAsync() is { } regel)
            {
                var opdracht = regel.Split(' ')[0].ToUpperInvariant();
                switch (opdracht)
                {
                    case "EHLO" or "HELO":
                        await schrijver.WriteLineAsync("250 idcyclus-test");
                        break;
                    case "MAIL":
                        await schrijver.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        aan = regel[(regel.IndexOf('<') + 1)..regel.IndexOf('>')];
                        await schrijver.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await schrijver.WriteLineAsync("354 Einde met <CRLF>.<CRLF>");
                        string? sleutel = null;
                        string? messageId = null;
                        var compleet = false;
                        while (await lezer.ReadLineAsync() is { } data)
                        {
                            if (data == ".")
                            {
                                compleet = true;
                                break;
                            }

                            if (data.StartsWith("X-IdCyclus-Sleutel:", StringComparison.OrdinalIgnoreCase))
                            {
                                sleutel = data["X-IdCyclus-Sleutel:".Length..].Trim();
                            }
                            else if (data.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase))
                            {
                                messageId = data["Message-ID:".Length..].Trim();
                            }
                        }

                        // A connection that drops before the closing dot (the host was killed mid-DATA) delivered
                        // nothing, as with a real SMTP server: counting it would report a mail that was never accepted.
                        if (!compleet)
                        {
                            return;
                        }

                        await Task.Delay(Vertraging);
                        await schrijver.WriteLineAsync("250 OK: geaccepteerd");
                        Ontvangen.Enqueue((sleutel ?? "?", aan ?? "?", messageId ?? "?"));
                        break;
                    case "QUIT":
                        await schrijver.WriteLineAsync("221 Tot ziens");
                        return;
                    default:
                        await schrijver.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
        catch (IOException)
        {
            // The host was killed mid-conversation: the message was never accepted, so it is not counted.
        }
        finally
        {
            Interlocked.Decrement(ref _gesprekken);
        }
    }

    /// <summary>
    /// Waits until no conversation is open. After a kill, a message whose closing dot had arrived is still being accepted
    /// (the delay, then the 250 into a dead socket): only once its conversation has ended is <see cref="Ontvangen"/> what
    /// the server accepted before the kill. The kernel closes a killed host's sockets, so this ends quickly.
    /// </summary>
    public async Task WachtTotStilAsync(TimeSpan maximaal)
    {
        var tot = DateTime.UtcNow + maximaal;
        while (Volatile.Read(ref _gesprekken) > 0 && DateTime.UtcNow < tot)
        {
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _luisteraar.Stop();
        try
        {
            await _lus;
        }
        catch (OperationCanceledException)
        {
        }
    }
}
