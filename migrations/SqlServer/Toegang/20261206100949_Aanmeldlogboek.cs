using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.SqlServer.Toegang
{
    /// <inheritdoc />
    public partial class Aanmeldlogboek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Aanmeldgebeurtenissen",
                schema: "toegang",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MomentUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Wijze = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersoonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Adres = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aanmeldgebeurtenissen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldgebeurtenissen_MomentUtc",
                schema: "toegang",
                table: "Aanmeldgebeurtenissen",
                column: "MomentUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Aanmeldgebeurtenissen_PersoonId",
                schema: "toegang",
                table: "Aanmeldgebeurtenissen",
                column: "PersoonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Aanmeldgebeurtenissen",
                schema: "toegang");
        }
    }
}
