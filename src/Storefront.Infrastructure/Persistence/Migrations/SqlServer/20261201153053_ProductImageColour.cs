using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Storefront.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProductImageColour : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Colour",
                table: "ProductImages",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            // Pictures used to say their colour only in their alt text ("… in Navy"): keep what they showed.
            migrationBuilder.Sql(
                """
                UPDATE i SET [Colour] = (
                    SELECT TOP (1) v.[Colour] FROM [ProductVariants] AS v
                    WHERE v.[ProductId] = i.[ProductId] AND i.[AltText] LIKE N'% in ' + v.[Colour])
                FROM [ProductImages] AS i;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Colour",
                table: "ProductImages");
        }
    }
}
