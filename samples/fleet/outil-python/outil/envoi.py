"""Envoi des rapports par e-mail.

La documentation de l'API Adresse (https://api-adresse.data.gouv.fr/) est citée ici dans une docstring : ce n'est pas du code.
"""
import smtplib
from email.message import EmailMessage


def envoyer(rapport: str, destinataire: str) -> None:
    message = EmailMessage()
    message["To"] = destinataire
    message.set_content(rapport)
    with smtplib.SMTP("localhost") as serveur:  # https://api-adresse.data.gouv.fr/ en commentaire : ignorée
        serveur.send_message(message)
