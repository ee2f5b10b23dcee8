using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Vragenlijst
{
    /// <inheritdoc />
    public partial class Versiegeschiedenis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "versiegeschiedenis",
                schema: "vragenlijst",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VersieId = table.Column<Guid>(type: "uuid", nullable: false),
                    MomentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Door = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Wat = table.Column<string>(type: "character varying(1200)", maxLength: 1200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_versiegeschiedenis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_versiegeschiedenis_versies_VersieId",
                        column: x => x.VersieId,
                        principalSchema: "vragenlijst",
                        principalTable: "versies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_versiegeschiedenis_VersieId",
                schema: "vragenlijst",
                table: "versiegeschiedenis",
                column: "VersieId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "versiegeschiedenis",
                schema: "vragenlijst");
        }
    }
}
