using Relances;

var mailer = new Mailer();
var adresses = new Adresses();
System.Console.WriteLine(mailer.GetType().Name + " " + adresses.GetType().Name);
