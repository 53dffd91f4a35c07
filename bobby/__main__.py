from bobby.cli import main

main()
