window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1686399985000",
      "createdAt" : "2023-06-10T12:26:25.000Z",
      "updatedAt" : "2023-06-10T12:26:25.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "people keep asking what i actually do all day, so here's a june day on skerrow: up at four with the sun, kettle on, the log from the night. count the puffins while the tea cools. lens, brass & windows before nine. weed the potatoes & chase morag out of them. lunch on the bench. fix whatever the wind broke. tam on thursdays, with the post & the gossip. tea again. count the puffins again. supper, the shipping forecast & a book. then up the stairs at ten to light the old girl & watch her sweep the sea until the birds wake up. & that's the job. lamp lit. 🕯️",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1667912230000",
      "createdAt" : "2022-11-08T12:57:10.000Z",
      "updatedAt" : "2022-11-08T12:57:10.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "a letter to whoever keeps this light after me. the kettle in the kitchen is older than both of us & it whistles in b flat; don't replace it. the third step of the tower creaks in the wet; that's normal. the captain will knock on the window for toast; don't give him any, he's had enough. tam comes on thursdays & brings the post, the milk & more news than you need. the seals on the south rocks are called the committee. the lamp is called the old girl & she has never once let a ship down. keep her clean & she'll keep you. lamp lit. 🕯️",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  }
]