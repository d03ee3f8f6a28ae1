using System.Net.Mail;

namespace Messagerie;

/// <summary>Sends the instructors' e-mails itself, although the record says the project uses the common brick.</summary>
public sealed class Envoi
{
    public void Notifier(string destinataire, string texte)
    {
        using var smtp = new SmtpClient("smtp.interne.example");
        smtp.Send("noreply@example.org", destinataire, "Dossier", texte);
    }

    public void NotifierAvecMailKit()
    {
        using var client = new MailKit.Net.Smtp.SmtpClient();
    }
}
