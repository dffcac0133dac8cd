from medgloss.cli import main

main()
