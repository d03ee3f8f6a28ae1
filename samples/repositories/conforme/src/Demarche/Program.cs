// The code does not matter here: the sample shows what the build says about the repository's decision record.
System.Console.WriteLine("Démarche en ligne : compilée.");
