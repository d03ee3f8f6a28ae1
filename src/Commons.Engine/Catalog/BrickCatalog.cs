using System;
using System.Collections.Generic;
using System.Linq;
using Commons.Engine.Policy;
using Commons.Engine.Yaml;

namespace Commons.Engine.Catalog
{
    /// <summary>The shared bricks of the policy, read from rules/catalog.yml.</summary>
    public sealed class BrickCatalog
    {
        private static readonly Lazy<BrickCatalog> EmbeddedCatalog =
            new Lazy<BrickCatalog>(() => Parse(EmbeddedRules.ReadText("catalog.yml"), "catalog.yml"));

        private BrickCatalog(IReadOnlyList<Brick> bricks)
        {
            Bricks = bricks;
        }

        public static BrickCatalog Embedded => EmbeddedCatalog.Value;

        public IReadOnlyList<Brick> Bricks { get; }

        public IEnumerable<string> Ids => Bricks.Select(b => b.Id);

        public Brick? Find(string id) => Bricks.FirstOrDefault(b => b.Id == id);

        public static BrickCatalog Parse(string yaml, string fileName)
        {
            var root = EmbeddedRules.ParseMapping(yaml, fileName);
            var bricks = DataReader.MapList(root, "bricks")
                .Select(b => new Brick(
                    DataReader.Text(b, "id"),
                    new LocalizedName(DataReader.Text(b, "name-fr"), DataReader.Text(b, "name-en")),
                    DataReader.Text(b, "status")))
                .ToList();
            return new BrickCatalog(bricks);
        }
    }

    public sealed class Brick
    {
        public Brick(string id, LocalizedName name, string status)
        {
            Id = id;
            Name = name;
            Status = status;
        }

        public string Id { get; }

        public LocalizedName Name { get; }

        /// <summary><c>planned</c> or <c>available</c>.</summary>
        public string Status { get; }
    }
}
