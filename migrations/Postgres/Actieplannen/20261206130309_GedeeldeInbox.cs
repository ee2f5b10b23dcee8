using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IdCyclus.Migrations.Postgres.Actieplannen
{
    /// <inheritdoc />
    public partial class GedeeldeInbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Sleutel",
                schema: "actieplannen",
                table: "inbox",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Sleutel",
                schema: "actieplannen",
                table: "inbox",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(400)",
                oldMaxLength: 400);
        }
    }
}
