require "net/http"
require "net/smtp"

# Géocode une adresse. Voir https://nominatim.openstreetmap.org/ui/ (commentaire : ignoré)
class Geocodage
  BASE = "https://nominatim.openstreetmap.org/search"

  def self.chercher(adresse)
    Net::HTTP.get(URI("#{BASE}?q=#{URI.encode_www_form_component(adresse)}&format=json"))
  end
end
