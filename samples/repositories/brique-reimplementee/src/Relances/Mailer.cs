using System.Net.Mail;

namespace Relances;

/// <summary>Sends the reminders itself: this is what the shared "notifications" brick is for.</summary>
public sealed class Mailer
{
    public void Send(string to, string subject, string body)
    {
        using var client = new SmtpClient("smtp.example.org");
        client.Send("ne-pas-repondre@example.org", to, subject, body);
    }
}
